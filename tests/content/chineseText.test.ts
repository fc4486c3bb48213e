import { expect, test } from 'vitest';
import { readerText } from './chineseText.ts';

test.each([
  // Markup goes, the words stay: list numbers, bold, a link's text without its URL.
  ['default', '1. **选择付款方。** 见[指南](/zh-cn/payments/okx-x402/#对接本地服务商开发)。', '选择付款方。 见指南。'],
  ['behavior: a heading', '## 签发 InsForge 令牌', '签发 InsForge 令牌'],
  // A link whose text is code, and an autolink, as the agent Markdown has them.
  [
    'behavior: links in Markdown',
    '> [`llms.txt`](https://x.test/llms.txt)——打开 <https://x.test/> 使用',
    '`llms.txt`——打开 https://x.test/ 使用',
  ],
  // Inline code is kept whole, markup characters and all, for the checker to set aside.
  [
    'behavior: inline code',
    '- `sub`——必填，例如 `<connection>|<id>` 或 `**`',
    '`sub`——必填，例如 `<connection>|<id>` 或 `**`',
  ],
  // JSX tags and imports leave nothing behind.
  ['behavior: a JSX tag', '<Aside type="caution" title="JWT 密钥等同于管理员凭据">', ''],
  ['behavior: an import', "import Aside from '@astrojs/starlight/components';", ''],
  // A table row keeps its cell borders, which no rule looks at.
  ['behavior: a table row', '| 重放 | **已结算**的 `PAYMENT-SIGNATURE` |', '| 重放 | 已结算的 `PAYMENT-SIGNATURE` |'],
])('readerText: %s', (_, line, text) => {
  expect(readerText(line)).toBe(text);
});
