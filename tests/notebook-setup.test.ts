// `npm run notebook -- --no-browser` as the README documents it: sets up .venv with Jupyter, registers the
// "diplograph" kernel, starts Jupyter on the notebook and prints its URL. Checked through Jupyter's own REST API,
// and by running code in a real kernel started from that registration.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../src/config.js';
import { ROOT, venvPython, VENV_HINT } from './page/fixture.js';

const python = venvPython();
if (python === null && testConfig().requirePython)
  throw new Error(`DIPLOGRAPH_REQUIRE_PYTHON=1 but .venv is missing: ${VENV_HINT}`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => {
        resolve(port);
      });
    });
  });
}

async function until<T>(what: string, ms: number, probe: () => Promise<T | undefined>): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe.skipIf(python === null)('npm run notebook', () => {
  let jupyter: ChildProcess;
  let output = '';
  let base: URL;

  const api = async (route: string, init: RequestInit = {}): Promise<{ status: number; body: unknown }> => {
    const url = new URL(route, base);
    url.searchParams.set('token', base.searchParams.get('token') ?? '');
    const res = await fetch(url, init);
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
  };

  beforeAll(async () => {
    const port = await freePort();
    // Its own process group, so that stopping it also stops the Jupyter server it started.
    jupyter = spawn('npm', ['run', '--silent', 'notebook', '--', '--no-browser', '--port', String(port)], {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    jupyter.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    jupyter.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const printed = await until('the printed notebook URL', 400_000, () =>
      Promise.resolve(/Jupyter on (http:\/\/\S+)/.exec(output)?.[1]),
    ).catch((e: unknown) => {
      throw new Error(`${String(e)}\n${output.slice(-3000)}`);
    });
    base = new URL(printed);
    await until('Jupyter to answer', 60_000, async () =>
      (await api('/api/status')).status === 200 ? true : undefined,
    );
  }, 480_000);
  afterAll(() => {
    const pid = (jupyter as ChildProcess | undefined)?.pid;
    if (pid !== undefined && jupyter.exitCode === null) process.kill(-pid, 'SIGTERM');
  });

  it('prints a URL with a token that opens the notebook', async () => {
    expect(base.pathname).toBe('/notebooks/astana.ipynb');
    expect(base.searchParams.get('token')).toMatch(/^[0-9a-f]{32}$/);
    const page = await fetch(base);
    expect(page.status).toBe(200);
    const { status, body } = await api('/api/contents/astana.ipynb?content=0');
    expect(status).toBe(200);
    expect(body).toMatchObject({ type: 'notebook', name: 'astana.ipynb' });
  });

  it('registered the .venv as the default kernel "diplograph", the one the notebook asks for', async () => {
    const body = (await api('/api/kernelspecs')).body as {
      default: string;
      kernelspecs: Record<string, { spec: { argv: string[] } } | undefined>;
    };
    expect(body.default).toBe('diplograph');
    const argv0 = body.kernelspecs.diplograph?.spec.argv[0] ?? '';
    expect(path.resolve(argv0).startsWith(path.join(ROOT, '.venv'))).toBe(true);
    const notebook = JSON.parse(readFileSync(path.join(ROOT, 'notebooks', 'astana.ipynb'), 'utf8')) as {
      metadata: { kernelspec: { name: string } };
    };
    expect(notebook.metadata.kernelspec.name).toBe('diplograph');
  });

  it('runs code in a real kernel of that name, inside .venv', async () => {
    // jupyter_client starts the kernel from its registered spec, as Jupyter does when the notebook opens.
    const probe = [
      'from jupyter_client.manager import start_new_kernel',
      "km, kc = start_new_kernel(kernel_name='diplograph', startup_timeout=120)",
      'out = []',
      "kc.execute_interactive('import sys, pandas; print(sys.prefix)', output_hook=lambda m: out.append(m['content'].get('text', '')), timeout=120)",
      'kc.stop_channels(); km.shutdown_kernel(now=True)',
      "print(''.join(out).strip())",
    ].join('\n');
    const { stdout } = await promisify(execFile)(python ?? 'python3', ['-c', probe], { cwd: ROOT, timeout: 150_000 });
    expect(path.resolve(stdout.trim().split('\n').at(-1) ?? '')).toBe(path.join(ROOT, '.venv'));
  }, 160_000);

  it('is the command the README documents', () => {
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('npm run notebook');
  });
});
