// `npm run notebook`: the analyst notebook in one command. Creates .venv when missing, installs
// notebooks/requirements.txt (Jupyter and ipykernel included) when it changed since the last install, registers the
// venv as the Jupyter kernel "diplograph", then starts Jupyter on notebooks/astana.ipynb.
//
//   npm run notebook                        opens the notebook in your browser
//   npm run notebook -- --no-browser        headless: prints the URL (with its token) instead of opening it
//   npm run notebook -- --port 8890         another port (default: the first free one from 8888)
//   npm run notebook -- --setup-only        set up .venv and the kernel, start nothing
//
// The notebook reads the API at DIPLOGRAPH_URL (default http://127.0.0.1:4000/graphql: run `npm start` first).
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const VENV = path.join(ROOT, '.venv');
const PYTHON = path.join(VENV, 'bin', 'python');
const REQUIREMENTS = path.join(ROOT, 'notebooks', 'requirements.txt');
/** Records which requirements.txt the venv was installed from, so a second run starts at once. */
const STAMP = path.join(VENV, '.diplograph-requirements');
const KERNEL = 'diplograph';
const NOTEBOOK = 'astana.ipynb';

function usage(message) {
  if (message) console.error(`notebook: ${message}`);
  console.error('usage: npm run notebook [-- --no-browser] [--port N] [--setup-only]');
  process.exit(2);
}

function parseArgs(argv) {
  const options = { browser: true, port: null, setupOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-browser') options.browser = false;
    else if (arg === '--setup-only') options.setupOnly = true;
    else if (arg === '--port') {
      const port = Number(argv[++i]);
      if (!Number.isInteger(port) || port < 1 || port > 65535) usage(`--port wants 1-65535, got "${argv[i] ?? ''}"`);
      options.port = port;
    } else if (arg === '--help' || arg === '-h') usage();
    else usage(`unknown option "${arg}"`);
  }
  return options;
}

function run(command, args, what) {
  console.log(`notebook: ${what}`);
  const r = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.error) throw new Error(`${what}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}): ${command} ${args.join(' ')}`);
}

function setUp() {
  if (!existsSync(PYTHON)) run('python3', ['-m', 'venv', VENV], 'creating .venv (python3 -m venv)');
  // JupyterLab runs a bundled yarn.js with node; inside this repo node would read our package.json's "type": "module"
  // and fail on it ("Dynamic require of util"), so the venv declares its own scripts CommonJS.
  writeFileSync(path.join(VENV, 'package.json'), '{ "type": "commonjs" }\n');
  const wanted = createHash('sha256').update(readFileSync(REQUIREMENTS)).digest('hex');
  const installed = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : '';
  if (installed !== wanted) {
    run(
      PYTHON,
      ['-m', 'pip', 'install', '--disable-pip-version-check', '-q', '-r', REQUIREMENTS],
      'installing notebooks/requirements.txt into .venv (Jupyter, ipykernel, pandas, matplotlib …)',
    );
    writeFileSync(STAMP, `${wanted}\n`);
  }
  // --sys-prefix: the kernel lives inside .venv, so the Jupyter started below finds it and nothing is written to ~.
  run(
    PYTHON,
    ['-m', 'ipykernel', 'install', '--sys-prefix', '--name', KERNEL, '--display-name', 'Python (diplograph .venv)'],
    `registering the Jupyter kernel "${KERNEL}"`,
  );
}

/** The first port from `start` that nothing listens on (Jupyter would otherwise pick another and not say here). */
async function freePort(start) {
  for (let port = start; port < start + 50; port++) {
    const free = await new Promise((resolve) => {
      const probe = net.createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${start}-${start + 49}: pass --port`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  setUp();
  if (options.setupOnly) {
    console.log(`notebook: ready. Start it with: npm run notebook`);
    return;
  }
  const port = options.port ?? (await freePort(8888));
  const token = randomBytes(16).toString('hex');
  const url = `http://127.0.0.1:${port}/notebooks/${NOTEBOOK}?token=${token}`;
  const jupyter = spawn(
    path.join(VENV, 'bin', 'jupyter'),
    [
      'notebook',
      NOTEBOOK,
      ...(options.browser ? [] : ['--no-browser']),
      '--ip=127.0.0.1',
      `--port=${port}`,
      '--ServerApp.port_retries=0',
      `--IdentityProvider.token=${token}`,
      `--MultiKernelManager.default_kernel_name=${KERNEL}`,
      // Jupyter refuses root unless told; containers and CI machines often run as root.
      ...(process.getuid?.() === 0 ? ['--allow-root'] : []),
    ],
    { cwd: path.join(ROOT, 'notebooks'), stdio: 'inherit' },
  );
  console.log(`notebook: Jupyter on ${url}`);
  console.log(`notebook: API read from ${process.env.DIPLOGRAPH_URL ?? 'http://127.0.0.1:4000/graphql'}; Ctrl-C stops`);
  const stop = () => jupyter.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  jupyter.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

main().catch((e) => {
  console.error(`notebook: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
