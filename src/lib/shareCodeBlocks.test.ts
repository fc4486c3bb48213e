import { describe, expect, test } from 'vitest';
import { shareCodeBlocks, splitAtCodeBlocks } from './shareCodeBlocks.ts';

const block = (code: string, copyLabel = 'Copy to clipboard', frameName = 'Terminal window') =>
  `<div class="expressive-code"><figure class="frame"><figcaption class="header"><span class="title"></span><span class="sr-only">${frameName}</span></figcaption><pre data-language="sh"><code><div class="ec-line"><div class="code"><span style="--0:#fff">${code}</span></div></div></code></pre><div class="copy"><button title="${copyLabel}" data-code="${code}"><div></div></button></div></figure></div>`;

describe('splitAtCodeBlocks', () => {
  test('cuts at each top-level code block, keeping every byte', () => {
    const html = `<p>a</p>${block('one')}<div class="note"><p>b</p></div>${block('two')}`;
    const { prose, code } = splitAtCodeBlocks(html);
    expect(prose).toEqual(['<p>a</p>', '<div class="note"><p>b</p></div>', '']);
    expect(code).toEqual([block('one'), block('two')]);
    expect([prose[0], code[0], prose[1], code[1], prose[2]].join('')).toBe(html);
  });

  test.each([
    ['a list item', `<ol><li><p>Run:</p>${block('nested')}</li></ol>`],
    ['a div', `<div class="tabs"><link rel="stylesheet" href="/x.css"><br/>${block('nested')}</div>`],
    [
      'markup whose attribute holds a ">"',
      `<ol><li data-code="a => b"><svg><path d="M0"/></svg>${block('x')}</li></ol>`,
    ],
  ])('a code block inside %s stays in the prose', (_where, html) => {
    expect(splitAtCodeBlocks(html)).toEqual({ prose: [html], code: [] });
  });
});

describe('shareCodeBlocks', () => {
  const en = `<h2>Install</h2><p>Run:</p>${block('npm i')}<p>Then.</p>`;
  const zh = `<h2>安装</h2><p>运行：</p>${block('npm i', '复制到剪贴板', '终端窗口')}<p>然后。</p>`;

  test("identical code becomes one row, in the reader's language", () => {
    expect(shareCodeBlocks(en, zh, 'zh')).toEqual([
      { kind: 'prose', en: '<h2>Install</h2><p>Run:</p>', zh: '<h2>安装</h2><p>运行：</p>' },
      { kind: 'code', html: block('npm i', '复制到剪贴板', '终端窗口') },
      { kind: 'prose', en: '<p>Then.</p>', zh: '<p>然后。</p>' },
    ]);
    expect(shareCodeBlocks(en, zh, 'en')[1]).toEqual({ kind: 'code', html: block('npm i') });
  });

  test('the same code coloured differently (a slowed highlighter) is still the same block', () => {
    const recoloured = zh.replace('#fff', '#000');
    expect(shareCodeBlocks(en, recoloured, 'en').filter((row) => row.kind === 'code')).toHaveLength(1);
  });

  test('error: code that differs between the languages keeps the section in two columns', () => {
    const drifted = zh.replaceAll('npm i', 'pnpm add');
    expect(shareCodeBlocks(en, drifted, 'en')).toEqual([{ kind: 'prose', en, zh: drifted }]);
  });

  test('a section that starts with code has no empty prose row before it', () => {
    expect(shareCodeBlocks(block('x'), block('x'), 'en')).toEqual([{ kind: 'code', html: block('x') }]);
  });
});
