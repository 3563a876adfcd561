// `pnpm start`: the whole stack on fixed ports with data kept in <repo>/.data/postgres (or DATABASE_URL).
// Configuration by environment; see the README. Ctrl-C (or SIGTERM) stops apps, API and PostgreSQL.
import { join, relative } from 'node:path';
import { REPO_ROOT, StackError, startStack, type Stack } from './stack.js';

function fail(message: string): never {
  process.stderr.write(`pcmbn: ${message}\n`);
  process.exit(1);
}

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535)
    fail(`${name}="${raw}" không phải số cổng / is not a port number`);
  return value;
}

async function main() {
  const host = process.env.PCMBN_HOST || '127.0.0.1';
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataDir = join(REPO_ROOT, '.data', 'postgres');
  const ports = {
    // 5433: next to, not on, a system PostgreSQL's 5432.
    postgres: port('PCMBN_DB_PORT', 5433),
    api: port('PCMBN_API_PORT', 4000),
    admin: port('PCMBN_ADMIN_PORT', 3001),
    public: port('PCMBN_PUBLIC_PORT', 3000),
    kiosk: port('PCMBN_KIOSK_PORT', 3002),
  };
  const verbose = process.env.PCMBN_VERBOSE === '1';

  console.log(
    databaseUrl
      ? 'PCMBN: khởi động với DATABASE_URL… / starting with DATABASE_URL…'
      : 'PCMBN: đang khởi động… / starting…',
  );
  let stack: Stack | undefined;
  let stopping = false;
  let firstSignalAt = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      // Ctrl-C reaches us twice at once (from the terminal's process group and from pnpm forwarding it);
      // only a later, deliberate second Ctrl-C means "stop now".
      if (Date.now() - firstSignalAt < 2000) return;
      process.stderr.write('pcmbn: dừng ngay / forced exit\n');
      process.exit(1);
    }
    stopping = true;
    firstSignalAt = Date.now();
    console.log(`\nPCMBN: đang dừng… / stopping… (${signal})`);
    // A signal during start: startStack's own cleanup runs when it fails; otherwise stop what is up.
    void (stack ? stack.stop() : Promise.resolve()).then(
      () => {
        console.log('PCMBN: đã dừng / stopped');
        process.exit(0);
      },
      (error: unknown) => fail(`dừng lỗi / stop failed: ${String(error)}`),
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    stack = await startStack({
      dataDir,
      ...(databaseUrl ? { databaseUrl } : {}),
      ports,
      host,
      log: verbose ? (l) => console.log(`  ${l}`) : () => {},
    });
  } catch (error) {
    if (stopping) return;
    fail(error instanceof StackError ? error.message : String((error as Error)?.message ?? error).split('\n')[0]!);
  }
  if (stopping) {
    await stack.stop();
    return;
  }

  // Under root the cluster may live outside the repository (/var/lib/pcmbn/…) when the `postgres` user cannot
  // reach it (a clone in /root or another private folder); say where.
  const clusterDir = stack.postgresDataDir ?? dataDir;
  const relocated = clusterDir !== dataDir;
  const where = databaseUrl
    ? 'DATABASE_URL'
    : `${relocated ? clusterDir : relative(REPO_ROOT, dataDir)} (PostgreSQL nhúng / embedded, cổng / port ${ports.postgres})`;
  console.log(
    [
      '',
      'PCMBN đang chạy / is running:',
      `  Công khai / Public : ${stack.urls.public}`,
      `  Quản trị / Admin   : ${stack.urls.admin}`,
      `  Kiosk              : ${stack.urls.kiosk}`,
      `  API                : ${stack.urls.api}/trpc`,
      `  Dữ liệu / Data     : ${where}`,
      ...(relocated && !databaseUrl
        ? [
            `                       (chạy dưới root: người dùng postgres không vào được ${relative(REPO_ROOT, dataDir)} / under root: the postgres user cannot reach ${relative(REPO_ROOT, dataDir)})`,
          ]
        : []),
    ].join('\n'),
  );
  if (stack.admin) {
    console.log(
      [
        '',
        'Tài khoản quản trị mới (chỉ hiện một lần) / New admin account (shown once):',
        `  Email               : ${stack.admin.email}`,
        `  Mật khẩu / Password : ${stack.admin.password}`,
        '  Đổi mật khẩu ở lần đăng nhập đầu / Change it at first sign-in.',
      ].join('\n'),
    );
  }
  console.log('\nNhấn Ctrl-C để dừng / Press Ctrl-C to stop.');
}

main().catch((error: unknown) => fail(String((error as Error)?.message ?? error).split('\n')[0]!));
