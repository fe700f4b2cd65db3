// Renders a flopgate PR comment as a reviewer sees it: GitHub-flavoured Markdown (marked, GFM on)
// in GitHub's markdown stylesheet (github-markdown-css) at a comment's 14 px, in a comment box
// 780 px wide, the width of a comment in a pull request's conversation, screenshot by headless
// Chromium.
//
//   npm run comment:png                          the demo below → .bench-tmp/comment.png
//   npm run comment:png -- comment.md out.png    any comment (flopgate check --markdown comment.md)
//   npm run comment:png -- --open [...]          every <details> open, 2,400 px tall: the model
//                                                detail and its table of changed layers
//
// The demo is a pull request as a user makes one: a git repository whose head widens one Dense
// layer of the 784-100-100-10 MLP from 100 to 256 units, checked by the built CLI (dist/, run
// `npm run build` first) against its base, without a fit. The screenshot is the first 900 px,
// what a reviewer sees without scrolling; the collapsed details stay collapsed, as on GitHub.
// Chromium is the machine's (`chromium`, or CHROMIUM=path); nothing is downloaded.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { marked } from 'marked';

const root = new URL('..', import.meta.url).pathname;
const WIDTH = 780;
const args = process.argv.slice(2);
const open = args.includes('--open');
const HEIGHT = open ? 2400 : 900;
const [input, output = join(root, '.bench-tmp', open ? 'comment-open.png' : 'comment.png')] = args.filter((a) => a !== '--open');

function demoComment(dir) {
  const cli = join(root, 'dist', 'cli', 'index.js');
  if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run `npm run build` first');
  const git = (...args) => execFileSync('git', args, { cwd: dir, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_NAME: 'demo', GIT_AUTHOR_EMAIL: 'demo@example.invalid', GIT_COMMITTER_NAME: 'demo', GIT_COMMITTER_EMAIL: 'demo@example.invalid' } });
  const mlp = (h1, h2) =>
    JSON.stringify({ layers: [{ flatten: { input_shape: [28, 28] } }, { dense: { units: h1, activation: 'relu' } }, { dense: { units: h2, activation: 'relu' } }, { dense: { units: 10, activation: 'softmax' } }] });
  const budget = `version: 1
models:
  - name: mnist-mlp-100
    path: models/mlp-100.json
    budget: {flops: 200k, flops_increase: 5%, weights_bytes: 400 kB}
  - name: mnist-mlp-50
    path: models/mlp-50.json
    budget: {flops: 100k, flops_warn: 85k, weights_bytes: 200 kB}
  - name: tiny-mlp
    layers:
      - flatten: {input_shape: [28, 28]}
      - dense: {units: 32, activation: relu}
      - dense: {units: 10, activation: softmax}
    budget: {flops: 60k, activation_bytes: 8 KiB}
`;
  git('init', '-q', '-b', 'main');
  mkdirSync(join(dir, 'models'), { recursive: true });
  mkdirSync(join(dir, '.github'), { recursive: true });
  writeFileSync(join(dir, '.github', 'flopgate.yml'), budget);
  writeFileSync(join(dir, 'models', 'mlp-100.json'), mlp(100, 100));
  writeFileSync(join(dir, 'models', 'mlp-50.json'), mlp(50, 50));
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  writeFileSync(join(dir, 'models', 'mlp-100.json'), mlp(100, 256));
  git('commit', '-q', '-am', 'widen dense_1 to 256 units');
  const md = join(dir, 'comment.md');
  try {
    execFileSync(process.execPath, [cli, 'check', '--base-ref', 'HEAD~1', '--no-fit', '--markdown', md], { cwd: dir, stdio: 'pipe' });
  } catch (e) {
    // Exit 1 is the verdict (over budget); anything else is a fault of the demo.
    if (e.status !== 1) throw new Error(`flopgate check exited ${e.status}: ${e.stderr}`);
  }
  return readFileSync(md, 'utf8');
}

const scratch = mkdtempSync(join(tmpdir(), 'flopgate-comment-'));
try {
  const markdown = input ? readFileSync(resolve(input), 'utf8') : demoComment(scratch);
  const css = readFileSync(join(root, 'node_modules', 'github-markdown-css', 'github-markdown-light.css'), 'utf8');
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; }
.comment { width: ${WIDTH}px; box-sizing: border-box; padding: 16px; font-size: 14px; border: 1px solid #d0d7de; border-radius: 6px; }
</style></head><body><article class="markdown-body comment">${open ? marked.parse(markdown, { gfm: true }).replace(/<details>/g, '<details open>') : marked.parse(markdown, { gfm: true })}</article></body></html>`;
  const page = join(scratch, 'comment.html');
  writeFileSync(page, html);
  mkdirSync(dirname(resolve(output)), { recursive: true });
  const chromium = process.env.CHROMIUM ?? 'chromium';
  execFileSync(
    chromium,
    ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--force-device-scale-factor=1', `--window-size=${WIDTH},${HEIGHT}`, `--screenshot=${resolve(output)}`, pathToFileURL(page).href],
    { stdio: 'pipe', timeout: 60_000 },
  );
  console.log(`${resolve(output)}: the comment at ${WIDTH} px, first ${HEIGHT} px`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
