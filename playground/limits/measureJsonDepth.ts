/**
 * How deep the brackets of a JSON text nest, counting `{` and `[` outside strings, in one linear pass
 * without recursion, so it is safe on input that would overflow a recursive parser or printer. It
 * stops counting as soon as the depth passes `stopAbove`. It does not validate the JSON: run it
 * before `JSON.parse`, which does.
 *
 * @example
 * measureJsonDepth('{"a":[1,{"b":"[[["}]}'); // 3
 * measureJsonDepth('[[[[[[', 2);             // 3 (stopped early)
 */
export function measureJsonDepth(text: string, stopAbove = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (inString) {
      if (character === '\\') index++;
      else if (character === '"') inString = false;
    } else if (character === '"') {
      inString = true;
    } else if (character === '{' || character === '[') {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > stopAbove) return deepest;
    } else if (character === '}' || character === ']') {
      depth--;
    }
  }
  return deepest;
}
