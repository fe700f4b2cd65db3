/**
 * A local stand-in for api.github.com, for the action's end-to-end tests. Every request is
 * checked against GitHub's published OpenAPI description (@octokit/openapi): the route and
 * method must exist, path and query parameters must match their schemas, a JSON body must
 * match the operation's requestBody schema, and a token must be sent. Every answer is
 * checked against the operation's response schema too, so the fake cannot drift from the
 * shapes real GitHub sends. Anything off is recorded in `violations` and answered as GitHub
 * would (404, 401, 422), so a test both sees the failure and can assert there was none.
 *
 * Implemented: the issue-comment operations the action uses (list, create, update, get), and
 * for the history branch: reading and writing a file's contents on a branch, and creating a
 * branch from a tree and a parentless commit. `beforeNext` runs a function before the next
 * request to an operation (another writer's commit landing between a read and a write).
 * Scripted failures (`failNext`) answer any operation with a chosen status a number of times.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

interface Operation {
  method: string;
  template: string;
  regex: RegExp;
  pathParams: string[];
  operationId: string;
  parameters: { name: string; in: string; required?: boolean; schema?: object }[];
  hasBody: boolean;
  bodyRequired: boolean;
  pointer: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  operationId?: string;
  headers: http.IncomingHttpHeaders;
  body: unknown;
  status: number;
}

export interface Comment {
  id: number;
  issue: number;
  body: string;
  login: string;
  created_at: string;
  updated_at: string;
}

export interface ScriptedFailure {
  status: number;
  /** How many matching requests fail before the operation works again. Default: every one. */
  times?: number;
  message?: string;
  headers?: Record<string, string>;
}

const require = createRequire(import.meta.url);
const SPEC_PATH = require.resolve('@octokit/openapi/generated/api.github.com.json');
const DOCS = 'https://docs.github.com/rest';
const BOT = { login: 'github-actions[bot]', id: 41898282 };

let shared: { ops: Operation[]; ajv: Ajv } | undefined;

/** What the git-data and contents operations are sent. */
type GitBody =
  | {
      branch?: string;
      sha?: string;
      message?: string;
      content?: string;
      tree?: string | { path?: string; content?: string }[];
      parents?: string[];
      ref?: string;
    }
  | undefined;

/** Git's object id of `text` as an object of `type`: the sha GitHub gives a blob. */
function gitSha(type: string, text: string): string {
  const bytes = Buffer.from(text);
  return createHash('sha1').update(`${type} ${bytes.length}\0`).update(bytes).digest('hex');
}

/** Parsing the 13 MB description costs a fraction of a second; one copy serves every server. */
function loadSpec(): { ops: Operation[]; ajv: Ajv } {
  if (shared) return shared;
  const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(s));
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  for (const f of ['int64', 'uri-template', 'email', 'date', 'binary', 'ipv4', 'ipv6', 'hostname', 'uuid', 'password']) ajv.addFormat(f, true);
  ajv.addSchema(spec, 'gh');
  const ops: Operation[] = [];
  const deref = (p: { $ref?: string }) => {
    if (!p.$ref) return p;
    const parts = p.$ref.replace(/^#\//, '').split('/');
    return parts.reduce((o: Record<string, unknown>, k) => o[k] as Record<string, unknown>, spec);
  };
  const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
  for (const [template, item] of Object.entries<Record<string, { operationId: string; parameters?: object[]; requestBody?: { $ref?: string; required?: boolean } }>>(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'patch', 'put', 'delete'].includes(method)) continue;
      const pathParams: string[] = [];
      const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_m, name: string) => {
        pathParams.push(name);
        return '([^/]+)';
      });
      const body = op.requestBody ? (deref(op.requestBody) as { required?: boolean; content?: Record<string, unknown> }) : undefined;
      ops.push({
        method: method.toUpperCase(),
        template,
        regex: new RegExp(`^${source}$`),
        pathParams,
        operationId: op.operationId,
        parameters: (op.parameters ?? []).map((p) => deref(p as { $ref?: string }) as Operation['parameters'][number]),
        hasBody: !!body?.content?.['application/json'],
        bodyRequired: !!body?.required,
        pointer: `gh#/paths/${esc(template)}/${method}`,
      });
    }
  }
  // Literal segments beat parameters: /issues/comments/{id} must not be read as /issues/{number}.
  ops.sort((a, b) => a.pathParams.length - b.pathParams.length);
  shared = { ops, ajv };
  return shared;
}

const errorsText = (v: ValidateFunction) =>
  (v.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '(root)'} ${e.message}`).join('; ');

export class GitHubApiServer {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly comments: Comment[] = [];
  url = '';
  /** Issue and pull request numbers that exist in the fake repository. */
  readonly issues = new Set<number>();
  private nextId = 1_000_001;
  private remaining = 5000;
  private failures = new Map<string, ScriptedFailure & { left: number }>();
  private hooks = new Map<string, () => void>();
  /** Branches of the fake repository: their head commit and their files' text. */
  readonly branches = new Map<string, { commit: string; files: Map<string, string> }>();
  private trees = new Map<string, Map<string, string>>();
  private commits = new Map<string, Map<string, string>>();
  private readonly server: http.Server;
  private readonly validators = new Map<string, ValidateFunction>();

  private constructor(
    readonly owner: string,
    readonly repo: string,
  ) {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        try {
          this.handle(req, Buffer.concat(chunks).toString('utf8'), res);
        } catch (err) {
          this.violations.push(`server fault: ${err instanceof Error ? err.message : String(err)}`);
          this.send(res, 500, { message: 'Server Error' });
        }
      });
    });
  }

  static async start(opts: { owner: string; repo: string; issues?: number[] }): Promise<GitHubApiServer> {
    const s = new GitHubApiServer(opts.owner, opts.repo);
    for (const n of opts.issues ?? []) s.issues.add(n);
    loadSpec();
    await new Promise<void>((resolve) => s.server.listen(0, '127.0.0.1', resolve));
    s.url = `http://127.0.0.1:${(s.server.address() as AddressInfo).port}`;
    return s;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Forget requests, comments and scripts between scenarios; the port stays. */
  reset(): void {
    this.requests.length = 0;
    this.violations.length = 0;
    this.comments.length = 0;
    this.failures.clear();
    this.hooks.clear();
    this.branches.clear();
  }

  /** Runs `fn` just before the next request to `operationId` is handled. */
  beforeNext(operationId: string, fn: () => void): void {
    this.hooks.set(operationId, fn);
  }

  /** Commits `text` as `path` on `branch` (created when missing), as another writer would. */
  commitFile(branch: string, path: string, text: string): string {
    const b = this.branches.get(branch) ?? { commit: '', files: new Map<string, string>() };
    b.files.set(path, text);
    b.commit = gitSha('commit', `${branch}\n${path}\n${text}\n${this.nextId++}`);
    this.branches.set(branch, b);
    return b.commit;
  }

  /** The next `times` requests to `operationId` (e.g. `issues/create-comment`) get `status`. */
  failNext(operationId: string, failure: ScriptedFailure): void {
    this.failures.set(operationId, { ...failure, left: failure.times ?? Number.POSITIVE_INFINITY });
  }

  /** A comment already on the issue, as if left by an earlier run or a person. */
  seedComment(issue: number, body: string, login = BOT.login): Comment {
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const c = { id: this.nextId++, issue, body, login, created_at: now, updated_at: now };
    this.comments.push(c);
    return c;
  }

  requestsFor(operationId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  private validator(pointer: string): ValidateFunction {
    const known = this.validators.get(pointer);
    if (known) return known;
    const v = loadSpec().ajv.compile({ $ref: pointer });
    this.validators.set(pointer, v);
    return v;
  }

  private handle(req: http.IncomingMessage, raw: string, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    const method = (req.method ?? 'GET').toUpperCase();
    const query = Object.fromEntries(url.searchParams);
    const record: RecordedRequest = { method, path: url.pathname, query, headers: req.headers, body: undefined, status: 0 };
    this.requests.push(record);
    const answer = (status: number, body: Json, headers: Record<string, string> = {}) => {
      record.status = status;
      this.send(res, status, body, headers);
    };
    const violation = (status: number, text: string, message: string) => {
      this.violations.push(`${method} ${url.pathname}: ${text}`);
      answer(status, { message, documentation_url: DOCS, status: String(status) });
    };

    const { ops } = loadSpec();
    let op: Operation | undefined;
    let match: RegExpExecArray | null = null;
    for (const o of ops) {
      if (o.method !== method) continue;
      match = o.regex.exec(url.pathname);
      if (match) {
        op = o;
        break;
      }
    }
    if (!op || !match) return violation(404, 'no such operation in the OpenAPI description', 'Not Found');
    record.operationId = op.operationId;

    const auth = req.headers.authorization ?? '';
    if (!/^(token|bearer) \S+$/i.test(auth)) return answer(401, { message: 'Requires authentication', documentation_url: DOCS, status: '401' });

    const params: Record<string, string> = {};
    op.pathParams.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1])));
    for (const p of op.parameters) {
      const value = p.in === 'path' ? params[p.name] : p.in === 'query' ? query[p.name] : undefined;
      if (p.in !== 'path' && p.in !== 'query') continue;
      if (value === undefined || value === '') {
        if (p.required) return violation(422, `missing required ${p.in} parameter ${p.name}`, 'Validation Failed');
        continue;
      }
      const typed = (p.schema as { type?: string } | undefined)?.type === 'integer' ? Number(value) : value;
      const v = loadSpec().ajv.compile(p.schema ?? {});
      if (!v(typed)) return violation(422, `${p.in} parameter ${p.name}=${value}: ${errorsText(v)}`, 'Validation Failed');
    }
    const known = new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name));
    for (const q of Object.keys(query)) if (!known.has(q)) this.violations.push(`${method} ${url.pathname}: unknown query parameter ${q}`);

    if (op.hasBody) {
      if (!raw) {
        if (op.bodyRequired) return violation(422, 'missing request body', 'Validation Failed');
      } else {
        if (!String(req.headers['content-type'] ?? '').startsWith('application/json'))
          return violation(415, `content-type ${req.headers['content-type']}`, 'Unsupported Media Type');
        let body: unknown;
        try {
          body = JSON.parse(raw);
        } catch {
          return violation(400, 'body is not JSON', 'Problems parsing JSON');
        }
        record.body = body;
        const v = this.validator(`${op.pointer}/requestBody/content/application~1json/schema`);
        if (!v(body)) return violation(422, `body: ${errorsText(v)}`, 'Invalid request.');
      }
    }

    const hook = this.hooks.get(op.operationId);
    if (hook) {
      this.hooks.delete(op.operationId);
      hook();
    }
    const scripted = this.failures.get(op.operationId);
    if (scripted && scripted.left > 0) {
      scripted.left--;
      const message = scripted.message ?? (scripted.status === 403 ? 'Resource not accessible by integration' : 'Server Error');
      return answer(scripted.status, { message, documentation_url: DOCS, status: String(scripted.status) }, scripted.headers);
    }

    if (params.owner !== undefined && (params.owner !== this.owner || params.repo !== this.repo)) return answer(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
    const result =
      this.operate(op.operationId, params, query, record.body as { body?: string } | undefined) ?? this.operateGit(op.operationId, params, query, record.body as GitBody);
    if (!result) return violation(501, `operation ${op.operationId} is not implemented by the fake`, 'Not Implemented');
    const [status, body, headers] = result;
    if (status < 300) {
      const v = this.validator(`${op.pointer}/responses/${status}/content/application~1json/schema`);
      if (!v(body)) this.violations.push(`fake answered ${op.operationId} off-schema: ${errorsText(v)}`);
    }
    answer(status, body, headers);
  }

  private operate(
    operationId: string,
    params: Record<string, string>,
    query: Record<string, string>,
    body: { body?: string } | undefined,
  ): [number, Json, Record<string, string>?] | undefined {
    const notFound: [number, Json] = [404, { message: 'Not Found', documentation_url: DOCS, status: '404' }];
    switch (operationId) {
      case 'issues/list-comments': {
        const issue = Number(params.issue_number);
        if (!this.issues.has(issue)) return notFound;
        const all = this.comments.filter((c) => c.issue === issue).sort((a, b) => a.id - b.id);
        const perPage = Math.min(Number(query.per_page ?? 30), 100);
        const page = Math.max(Number(query.page ?? 1), 1);
        const last = Math.max(Math.ceil(all.length / perPage), 1);
        const slice = all.slice((page - 1) * perPage, page * perPage);
        return [200, slice.map((c) => this.toJson(c)), this.linkHeader(params, perPage, page, last)];
      }
      case 'issues/create-comment': {
        const issue = Number(params.issue_number);
        if (!this.issues.has(issue)) return notFound;
        const c = this.seedComment(issue, body?.body ?? '');
        return [201, this.toJson(c), { location: this.commentUrl(c.id) }];
      }
      case 'issues/update-comment':
      case 'issues/get-comment': {
        const c = this.comments.find((x) => x.id === Number(params.comment_id));
        if (!c) return notFound;
        if (operationId === 'issues/update-comment') {
          c.body = body?.body ?? c.body;
          c.updated_at = new Date(Date.now() + 1000).toISOString().replace(/\.\d+Z$/, 'Z');
        }
        return [200, this.toJson(c)];
      }
      default:
        return undefined;
    }
  }

  private operateGit(operationId: string, params: Record<string, string>, query: Record<string, string>, body: GitBody): [number, Json, Record<string, string>?] | undefined {
    const err = (status: number, message: string): [number, Json] => [status, { message, documentation_url: DOCS, status: String(status) }];
    const api = `${this.url}/repos/${this.owner}/${this.repo}`;
    const web = `https://github.com/${this.owner}/${this.repo}`;
    const fileJson = (branch: string, path: string, text: string, withContent: boolean) => {
      const sha = gitSha('blob', text);
      const url = `${api}/contents/${path}?ref=${branch}`;
      return {
        type: 'file',
        ...(withContent ? { encoding: 'base64', content: (Buffer.from(text).toString('base64').match(/.{1,60}/g) ?? ['']).join('\n') + '\n' } : {}),
        size: Buffer.byteLength(text),
        name: path.split('/').at(-1)!,
        path,
        sha,
        url,
        git_url: `${api}/git/blobs/${sha}`,
        html_url: `${web}/blob/${branch}/${path}`,
        download_url: `https://raw.githubusercontent.com/${this.owner}/${this.repo}/${branch}/${path}`,
        _links: { self: url, git: `${api}/git/blobs/${sha}`, html: `${web}/blob/${branch}/${path}` },
      };
    };
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const person = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com', date: now };
    const commitJson = (sha: string, tree: string, message: string, parents: string[]) => ({
      sha,
      node_id: `C_kwDO${sha.slice(0, 12)}`,
      url: `${api}/git/commits/${sha}`,
      html_url: `${web}/commit/${sha}`,
      author: person,
      committer: person,
      tree: { sha: tree, url: `${api}/git/trees/${tree}` },
      message,
      parents: parents.map((p) => ({ sha: p, url: `${api}/git/commits/${p}`, html_url: `${web}/commit/${p}` })),
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    });
    switch (operationId) {
      case 'repos/get-content': {
        const branch = query.ref ?? 'main';
        const b = this.branches.get(branch);
        if (!b) return err(404, `No commit found for the ref ${branch}`);
        const text = b.files.get(params.path!);
        if (text === undefined) return err(404, 'Not Found');
        return [200, fileJson(branch, params.path!, text, true)];
      }
      case 'repos/create-or-update-file-contents': {
        const branch = body?.branch ?? 'main';
        const b = this.branches.get(branch);
        if (!b) return err(404, `Branch ${branch} not found`);
        const path = params.path!;
        const current = b.files.get(path);
        if (current !== undefined && body?.sha === undefined) return err(422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
        if (current !== undefined && body?.sha !== gitSha('blob', current)) return err(409, `${path} does not match ${body?.sha}`);
        if (current === undefined && body?.sha !== undefined) return err(422, 'sha does not match');
        const parent = b.commit;
        this.commitFile(branch, path, Buffer.from(body?.content ?? '', 'base64').toString('utf8'));
        const tree = gitSha('tree', `${b.commit}`);
        return [current === undefined ? 201 : 200, { content: fileJson(branch, path, b.files.get(path)!, false), commit: commitJson(b.commit, tree, body?.message ?? '', [parent]) }];
      }
      case 'git/create-tree': {
        const files = new Map<string, string>();
        for (const e of Array.isArray(body?.tree) ? body.tree : []) if (e.path && typeof e.content === 'string') files.set(e.path, e.content);
        const sha = gitSha('tree', [...files].map(([p, t]) => `${p}\0${t}`).join('\n'));
        this.trees.set(sha, files);
        return [201, { sha, url: `${api}/git/trees/${sha}`, truncated: false, tree: [...files].map(([path, text]) => ({ path, mode: '100644', type: 'blob', sha: gitSha('blob', text), size: Buffer.byteLength(text), url: `${api}/git/blobs/${gitSha('blob', text)}` })) }];
      }
      case 'git/create-commit': {
        const tree = typeof body?.tree === 'string' ? body.tree : '';
        const files = this.trees.get(tree);
        if (!files) return err(422, 'Tree SHA does not exist');
        const sha = gitSha('commit', `${tree}\n${body?.message}\n${this.nextId++}`);
        this.commits.set(sha, files);
        return [201, commitJson(sha, tree, body?.message ?? '', body?.parents ?? [])];
      }
      case 'git/create-ref': {
        const name = (body?.ref ?? '').replace(/^refs\/heads\//, '');
        if (this.branches.has(name)) return err(422, 'Reference already exists');
        const files = this.commits.get(body?.sha ?? '');
        if (!files) return err(422, 'Object does not exist');
        this.branches.set(name, { commit: body!.sha!, files: new Map(files) });
        return [201, { ref: body!.ref!, node_id: `REF_${name}`, url: `${api}/git/refs/heads/${name}`, object: { type: 'commit', sha: body!.sha!, url: `${api}/git/commits/${body!.sha}` } }];
      }
      default:
        return undefined;
    }
  }

  private linkHeader(params: Record<string, string>, perPage: number, page: number, last: number): Record<string, string> {
    const at = (p: number) => `<${this.url}/repos/${params.owner}/${params.repo}/issues/${params.issue_number}/comments?per_page=${perPage}&page=${p}>`;
    const links: string[] = [];
    if (page < last) links.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`);
    if (page > 1) links.push(`${at(1)}; rel="first"`, `${at(page - 1)}; rel="prev"`);
    return links.length ? { link: links.join(', ') } : {};
  }

  private commentUrl(id: number): string {
    return `${this.url}/repos/${this.owner}/${this.repo}/issues/comments/${id}`;
  }

  private toJson(c: Comment): Json {
    const web = `https://github.com/${this.owner}/${this.repo}`;
    const login = c.login;
    const userUrl = `${this.url}/users/${encodeURIComponent(login)}`;
    return {
      id: c.id,
      node_id: `IC_kwDO${c.id.toString(36)}`,
      url: this.commentUrl(c.id),
      html_url: `${web}/pull/${c.issue}#issuecomment-${c.id}`,
      body: c.body,
      user: {
        login,
        id: login === BOT.login ? BOT.id : 1,
        node_id: 'MDM6Qm90NDE4OTgyODI=',
        avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
        gravatar_id: '',
        url: userUrl,
        html_url: `https://github.com/apps/github-actions`,
        followers_url: `${userUrl}/followers`,
        following_url: `${userUrl}/following{/other_user}`,
        gists_url: `${userUrl}/gists{/gist_id}`,
        starred_url: `${userUrl}/starred{/owner}{/repo}`,
        subscriptions_url: `${userUrl}/subscriptions`,
        organizations_url: `${userUrl}/orgs`,
        repos_url: `${userUrl}/repos`,
        events_url: `${userUrl}/events{/privacy}`,
        received_events_url: `${userUrl}/received_events`,
        type: login.endsWith('[bot]') ? 'Bot' : 'User',
        user_view_type: 'public',
        site_admin: false,
      },
      created_at: c.created_at,
      updated_at: c.updated_at,
      issue_url: `${this.url}/repos/${this.owner}/${this.repo}/issues/${c.issue}`,
      author_association: 'NONE',
      performed_via_github_app: null,
      reactions: {
        url: `${this.commentUrl(c.id)}/reactions`,
        total_count: 0,
        '+1': 0,
        '-1': 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0,
      },
    };
  }

  private send(res: http.ServerResponse, status: number, body: Json, headers: Record<string, string> = {}): void {
    this.remaining = Math.max(this.remaining - 1, 0);
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `FAKE:${this.requests.length}`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(this.remaining),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': String(5000 - this.remaining),
      'x-ratelimit-resource': 'core',
      ...headers,
    });
    res.end(text);
  }
}
