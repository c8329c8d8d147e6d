/**
 * `npm start`: builds both front ends (`npm run build`) and the host pages, then serves
 * the preview on http://localhost:3000 (PORT changes it) until Ctrl-C.
 *
 * Also the library the browser tests and the browser bench use: `startPreviewServer`.
 */
import { pathToFileURL } from 'node:url';
import { buildHostBundle, buildProducts } from './buildHost';
import { startPreviewServer } from './server';

export { startPreviewServer, type PreviewServer, type PreviewServerOptions } from './server';
export { buildHostBundle, buildProducts } from './buildHost';

function readPort(): number {
  const text = process.env.PORT ?? '3000';
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT is "${text}": expected a whole number from 0 to 65535 (0 picks a free port). Unset it to use 3000.`);
  }
  return port;
}

async function main(): Promise<void> {
  const port = readPort();
  console.log('Building the panel and the add-on (npm run build) ...');
  await buildProducts();
  console.log('Building the host pages ...');
  await buildHostBundle();
  const server = await startPreviewServer({ port, host: process.env.HOST ?? '127.0.0.1' }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') {
      throw new Error(`Port ${port} is in use: stop what runs there, or start on another port with PORT=3001 npm start.`);
    }
    throw error;
  });
  const address = server.url.replace('127.0.0.1', 'localhost');
  console.log(
    [
      '',
      `  Aligned preview: ${address}/`,
      '',
      `    Grafana dashboard  ${address}/grafana.html   (dark theme: ${address}/grafana.html?theme=dark)`,
      `    Google Sheets      ${address}/sheets.html`,
      '',
      '  Ctrl-C stops it.',
      '',
    ].join('\n')
  );
  const stop = () => {
    console.log('\nStopping the preview.');
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
