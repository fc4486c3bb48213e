import { countLanguageMatches } from './countLanguageMatches.ts';
import { loadPagefind } from './loadPagefind.ts';
import { otherLanguageHint, searchTermOf, searchUrl } from './otherLanguageHint.ts';

/** The element Starlight's search UI (Pagefind's) renders into, inside the search dialog. */
const SEARCH_ROOT = '#starlight__search';

/**
 * What the site adds to Starlight's search once the reader heads for it: Pagefind's index starts
 * loading at once, the results say when the other language has more matches (`hint`, rendered
 * hidden by `Search.astro`, moves under them), and a `?search=` address opens on its query.
 */
export function enhanceSearch(hint: HTMLElement): void {
  const root = document.querySelector<HTMLElement>(SEARCH_ROOT);
  if (!root) return;
  void loadPagefind().then((pagefind) => pagefind.init());
  root.after(hint);
  watchResults(root, hint);
  const term = searchTermOf(location.search);
  if (term) whenSearchBox(root, (input) => openOn(input, term));
}

/** Shows `hint` under each answered query whose other-language matches outnumber this language's. */
function watchResults(root: HTMLElement, hint: HTMLElement): void {
  const { here = '', there = '', one = '', other = '' } = hint.dataset;
  const link = hint.querySelector('a');
  // Rendered pointing at this page's twin in the other language, whose search the hint opens.
  const page = link?.pathname ?? '/';
  const count = countLanguageMatches(here, there);
  let shownFor: string | null = null;
  const hide = () => {
    hint.hidden = true;
    delete hint.dataset.weighed;
    shownFor = null;
  };
  const update = async () => {
    const term = root.querySelector('input')?.value.trim() ?? '';
    // Pagefind's UI puts its results list in once it has answered, then loads each result; counting
    // waits until all have loaded, as it shares Pagefind's Worker with them.
    const results = root.querySelector('.pagefind-ui__results');
    if (!term || !results || results.querySelector('.pagefind-ui__loading')) {
      hide();
      return;
    }
    if (term === shownFor) return;
    shownFor = term;
    const text = otherLanguageHint(await count(term), { one, other });
    if (shownFor !== term || !link) return;
    // Says which query was weighed, shown or not: a test of "no hint" needs to know the answer is in.
    hint.dataset.weighed = term;
    hint.hidden = text === null;
    link.textContent = text;
    link.href = searchUrl(page, term);
  };
  root.addEventListener('input', hide);
  new MutationObserver(() => void update()).observe(root, { childList: true, subtree: true });
}

/** Calls `use` with the search box once Starlight has built it (on the page's first idle moment). */
function whenSearchBox(root: HTMLElement, use: (input: HTMLInputElement) => void): void {
  const input = root.querySelector('input');
  if (input) {
    use(input);
    return;
  }
  const observer = new MutationObserver(() => {
    const built = root.querySelector('input');
    if (!built) return;
    observer.disconnect();
    use(built);
  });
  observer.observe(root, { childList: true, subtree: true });
}

/** Opens the search dialog with `term` typed in, as the reader would. */
function openOn(input: HTMLInputElement, term: string): void {
  document.querySelector<HTMLButtonElement>('button[data-open-modal]')?.click();
  input.value = term;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
