/**
 * The Sheets preview: the ABC OKR rows in a grid, the computed columns filled by the
 * add-on's own custom functions (Code.js, loaded before this script).
 */
import type { DemoPayload } from '../demoPayload';
import { renderSheet } from './renderSheet';
import { buildSheet } from './sheetModel';

async function main(): Promise<void> {
  const container = document.getElementById('sheet');
  if (!container) {
    throw new Error('The page has no #sheet element.');
  }
  try {
    const response = await fetch('/demo/abc.json');
    if (!response.ok) {
      throw new Error(`GET /demo/abc.json answered ${response.status}`);
    }
    const demo = (await response.json()) as DemoPayload;
    renderSheet(container, buildSheet(demo));
    document.body.dataset.ready = 'true';
  } catch (error) {
    console.error(error);
    const message = document.createElement('pre');
    message.setAttribute('role', 'alert');
    message.textContent = `The Sheets preview could not start: ${error instanceof Error ? error.message : String(error)}`;
    container.replaceChildren(message);
    document.body.dataset.ready = 'error';
  }
}

void main();
