/**
 * The spreadsheet window around the double: the menu bar (Extensions ▸ Aligned OKRs, built by
 * the add-on's onOpen), the formula bar, the active sheet's grid with its embedded charts, the
 * tab bar of every sheet, the sidebar dock (the add-on's built HTML in frames, google.script.run
 * wired to the double), the add-on's alerts and toasts. It draws what the double holds after
 * each execution; it never computes a figure.
 */
import type { SheetDouble } from '../../sheets-addon/double/index';
import { columnLetters } from '../../sheets-addon/double/index';
import type { AppsScriptHost, ExecutionResult, UiShown } from './appsScriptHost';
import { chartsExtent, drawCharts, planCharts } from './renderCharts';
import { renderGrid } from './renderGrid';
import { BRIDGE_GLOBAL, frameDocument, scriptBridge } from './scriptBridge';
import { CHROME, type ChromeWords } from './pageLanguage';
import { computedColumns, hasFormulaColumns } from './sheetModel';

const OWNED_KEY = 'aligned:owned';
const DAY_MS = 86_400_000;
const TOAST_MS = 8_000;

export interface WorkbookElements {
  menu: HTMLElement;
  grid: HTMLElement;
  tabs: HTMLElement;
  dock: HTMLElement;
  toast: HTMLElement;
  dialogs: HTMLElement;
  cellName: HTMLElement;
  formula: HTMLElement;
}

interface OpenSidebar {
  title: string;
  frame: HTMLIFrameElement;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, text?: string): HTMLElementTagNameMap[K] {
  const element = Object.assign(document.createElement(tag), props);
  if (text !== undefined) element.textContent = text;
  return element;
}

export class Workbook {
  private disposeCharts: () => void = () => undefined;
  private sidebars: OpenSidebar[] = [];
  private activeSidebar: OpenSidebar | null = null;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: AppsScriptHost,
    private readonly ui: WorkbookElements,
    private readonly words: ChromeWords = CHROME.en
  ) {
    (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL] = scriptBridge(host, {
      afterExecution: (result) => this.afterExecution(result, false),
      close: (frame) => this.closeSidebarOf(frame),
    });
  }

  /** Runs an add-on function as a menu click runs it, then draws what changed. */
  run(functionName: string, authMode?: 'NONE' | 'LIMITED' | 'FULL'): ExecutionResult {
    const result = this.host.execute(functionName, [], authMode);
    this.afterExecution(result, true);
    return result;
  }

  private afterExecution(result: ExecutionResult, fromMenu: boolean): void {
    for (const shown of result.shown) this.show(shown);
    const last = result.toasts[result.toasts.length - 1];
    if (last) this.toast(last.title, last.message);
    if (result.error && fromMenu) {
      // Apps Script shows an execution's uncaught error in a red bar; it is a bug in the add-on.
      console.error(result.error);
      this.showAlert(this.words.scriptError, result.error.message, true);
    }
    this.scheduleRender();
  }

  private renderFrame: number | null = null;

  /** Several executions in a row (the first visit) draw the sheets once, at the next frame. */
  private scheduleRender(): void {
    if (this.renderFrame !== null) return;
    this.renderFrame = requestAnimationFrame(() => this.render());
  }

  // ---------- menu ----------

  renderMenu(): void {
    const items = this.host.menuEntries();
    const root = el('div', { className: 'menu-root' });
    const button = el('button', { type: 'button', id: 'menu-extensions', className: 'menu-button' }, this.words.extensions);
    button.setAttribute('aria-haspopup', 'menu');
    button.setAttribute('aria-expanded', 'false');
    const menu = el('div', { className: 'menu', hidden: true });
    menu.setAttribute('role', 'menu');
    menu.setAttribute('aria-label', this.words.extensions);
    const addon = el('div', { className: 'submenu-root' });
    const addonButton = el('button', { type: 'button', className: 'menu-item' }, 'Aligned OKRs ▸');
    addonButton.setAttribute('role', 'menuitem');
    addonButton.setAttribute('aria-haspopup', 'menu');
    const submenu = el('div', { className: 'menu submenu' });
    submenu.setAttribute('role', 'menu');
    submenu.setAttribute('aria-label', 'Aligned OKRs');
    const close = () => {
      menu.hidden = true;
      button.setAttribute('aria-expanded', 'false');
    };
    for (const entry of items) {
      if ('separator' in entry) {
        const hr = el('hr');
        hr.setAttribute('role', 'separator');
        submenu.append(hr);
        continue;
      }
      const item = el('button', { type: 'button', className: 'menu-item' }, entry.caption);
      item.setAttribute('role', 'menuitem');
      item.dataset.function = entry.functionName;
      item.addEventListener('click', () => {
        close();
        this.run(entry.functionName);
      });
      submenu.append(item);
    }
    addon.append(addonButton, submenu);
    menu.append(addon);
    button.addEventListener('click', () => {
      menu.hidden = !menu.hidden;
      button.setAttribute('aria-expanded', String(!menu.hidden));
    });
    document.addEventListener('click', (event) => {
      if (!root.contains(event.target as Node)) close();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') close();
    });
    root.append(button, menu);
    const others = this.words.menus.map((name) => {
      const other = el('button', { type: 'button', className: 'menu-button', disabled: true, title: this.words.notInPreview }, name);
      return other;
    });
    const help = el('button', { type: 'button', className: 'menu-button', disabled: true, title: this.words.notInPreview }, this.words.help);
    this.ui.menu.replaceChildren(...others, root, help);
  }

  // ---------- sheets ----------

  private isOwned(sheet: SheetDouble): boolean {
    return sheet.getDeveloperMetadata().some((m) => m.getKey() === OWNED_KEY);
  }

  /** Draws the tabs and the active sheet as the double holds them now. */
  render(): void {
    if (this.renderFrame !== null) cancelAnimationFrame(this.renderFrame);
    this.renderFrame = null;
    const spreadsheet = this.host.spreadsheet;
    const active = spreadsheet.getActiveSheet();
    this.renderTabs(spreadsheet.getSheets(), active);
    this.renderSheet(active);
  }

  private renderTabs(sheets: SheetDouble[], active: SheetDouble): void {
    const tabs = sheets
      .filter((sheet) => !sheet.isSheetHidden())
      .map((sheet) => {
        const tab = el('button', { type: 'button', className: 'tab' }, sheet.getName());
        tab.setAttribute('role', 'tab');
        tab.setAttribute('aria-selected', String(sheet === active));
        const colour = sheet.getTabColor();
        if (colour) tab.style.borderBottomColor = colour;
        tab.addEventListener('click', () => {
          sheet.activate();
          this.render();
        });
        return tab;
      });
    this.ui.tabs.replaceChildren(...tabs);
  }

  private renderSheet(sheet: SheetDouble): void {
    this.disposeCharts();
    const lastColumn = sheet.getLastColumn();
    const lastRow = sheet.getLastRow();
    const table = lastRow > 0 && lastColumn > 0 ? sheet.getRange(1, 1, lastRow, lastColumn).getValues() : [];
    const userOkrSheet = !this.isOwned(sheet) && hasFormulaColumns(table[0]);
    // AS_OF: a named cell holding =TODAY() in the user's sheet; the spreadsheet is in UTC.
    const asOf = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS);
    const computed = userOkrSheet ? computedColumns(table, asOf) : [];
    const charts = planCharts(sheet);
    const extent = chartsExtent(sheet, charts);
    const activeRange = this.host.spreadsheet.getActiveRange();
    const selected = activeRange && activeRange.getSheet() === sheet ? { row: activeRange.getRow(), column: activeRange.getColumn() } : null;

    const grid = renderGrid(sheet, {
      minRows: Math.max(40, extent.rows + 2),
      minColumns: Math.max(12, extent.columns + 1),
      computed,
      selected,
      onSelect: (row, column, formula, shown) => {
        this.ui.grid.querySelector('td.selected')?.classList.remove('selected');
        this.ui.grid.querySelector(`td[data-a1="${columnLetters(column)}${row}"]`)?.classList.add('selected');
        this.showCell(row, column, formula || shown);
      },
    });
    const area = el('div', { className: 'sheet-area' });
    area.dataset.sheet = sheet.getName();
    area.dataset.kind = userOkrSheet ? 'okrs' : this.isOwned(sheet) ? 'owned' : 'other';
    const layer = el('div', { className: 'chart-layer' });
    area.append(grid.table, layer);
    if (userOkrSheet && computed.length > 0) {
      const note = el(
        'p',
        { className: 'sheet-note' },
        `Blue columns are formulas calling the add-on's custom functions (AS_OF = ${asOf.toISOString().slice(0, 10)}); select a cell to see its formula.`
      );
      area.prepend(note);
    }
    this.ui.grid.replaceChildren(area);
    this.disposeCharts = drawCharts(layer, grid, charts);
    if (selected) {
      const cell = grid.table.querySelector<HTMLElement>(`td[data-a1="${columnLetters(selected.column)}${selected.row}"]`);
      cell?.scrollIntoView({ block: 'center', inline: 'nearest' });
      const formula = sheet.getRange(selected.row, selected.column).getFormula();
      this.showCell(selected.row, selected.column, formula || (cell?.textContent ?? ''));
    } else {
      this.showCell(null, null, '');
    }
  }

  private showCell(row: number | null, column: number | null, text: string): void {
    this.ui.cellName.textContent = row === null || column === null ? '' : `${columnLetters(column)}${row}`;
    this.ui.formula.textContent = text;
  }

  // ---------- what the add-on shows ----------

  private show(shown: UiShown): void {
    if (shown.kind === 'alert') {
      this.showAlert(shown.title, shown.message, false);
    } else if (shown.kind === 'sidebar') {
      this.openSidebar(shown.title, shown.html.getContent());
    } else {
      this.openDialog(shown.title || shown.html.getTitle(), shown.html.getContent(), shown.kind === 'modal', shown.html._width, shown.html._height);
    }
  }

  private frame(title: string, content: string): HTMLIFrameElement {
    const frame = el('iframe', { title });
    frame.srcdoc = frameDocument(content);
    return frame;
  }

  /** Sheets shows one sidebar at a time; the preview keeps each opened one a click away, newest in front. */
  private openSidebar(title: string, content: string): void {
    const existing = this.sidebars.find((s) => s.title === title);
    const sidebar: OpenSidebar = { title, frame: this.frame(title, content) };
    if (existing) this.sidebars.splice(this.sidebars.indexOf(existing), 1, sidebar);
    else this.sidebars.push(sidebar);
    this.activeSidebar = sidebar;
    this.renderDock();
  }

  private closeSidebarOf(frameWindow: Window): void {
    const sidebar = this.sidebars.find((s) => s.frame.contentWindow === frameWindow);
    if (sidebar) this.closeSidebar(sidebar);
    const dialog = [...this.ui.dialogs.querySelectorAll('iframe')].find((f) => f.contentWindow === frameWindow);
    dialog?.closest('.dialog-backdrop, .dialog')?.remove();
  }

  private closeSidebar(sidebar: OpenSidebar): void {
    this.sidebars = this.sidebars.filter((s) => s !== sidebar);
    if (this.activeSidebar === sidebar) this.activeSidebar = this.sidebars[this.sidebars.length - 1] ?? null;
    this.renderDock();
  }

  private renderDock(): void {
    const dock = this.ui.dock;
    if (!this.dockParts) {
      // Built once: moving an iframe in the document reloads it, so frames stay where they are.
      const switcher = el('div', { className: 'sidebar-switcher' });
      switcher.setAttribute('role', 'tablist');
      switcher.setAttribute('aria-label', this.words.openSidebars);
      this.dockParts = { switcher, header: el('div', { className: 'sidebar-header' }), frames: el('div', { className: 'sidebar-frames' }) };
      dock.replaceChildren(this.dockParts.switcher, this.dockParts.header, this.dockParts.frames);
    }
    const { switcher, header, frames } = this.dockParts;
    dock.hidden = this.sidebars.length === 0;
    for (const frame of [...frames.querySelectorAll('iframe')]) {
      if (!this.sidebars.some((s) => s.frame === frame)) frame.remove();
    }
    const tabs = this.sidebars.map((sidebar) => {
      if (sidebar.frame.parentElement !== frames) {
        sidebar.frame.className = 'sidebar-frame';
        frames.append(sidebar.frame);
      }
      sidebar.frame.hidden = sidebar !== this.activeSidebar;
      const tab = el('button', { type: 'button', className: 'sidebar-tab' }, sidebar.title);
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(sidebar === this.activeSidebar));
      tab.addEventListener('click', () => {
        this.activeSidebar = sidebar;
        this.renderDock();
      });
      return tab;
    });
    switcher.replaceChildren(...tabs);
    switcher.hidden = this.sidebars.length < 2;
    const title = this.activeSidebar?.title ?? '';
    const close = el('button', { type: 'button', className: 'sidebar-close', title: this.words.close }, '×');
    close.setAttribute('aria-label', this.words.closeNamed(title || this.words.sidebar.toLowerCase()));
    close.addEventListener('click', () => this.activeSidebar && this.closeSidebar(this.activeSidebar));
    header.replaceChildren(el('h2', {}, title), close);
    dock.setAttribute('aria-label', title ? `${this.words.sidebar}: ${title}` : this.words.sidebar);
  }

  private dockParts: { switcher: HTMLElement; header: HTMLElement; frames: HTMLElement } | null = null;

  private openDialog(title: string, content: string, modal: boolean, width: number | null, height: number | null): void {
    const box = el('div', { className: 'dialog' });
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', title);
    const header = el('div', { className: 'dialog-header' });
    const close = el('button', { type: 'button', className: 'sidebar-close', title: this.words.close }, '×');
    header.append(el('h2', {}, title), close);
    const frame = this.frame(title, content);
    frame.style.width = `${width ?? 600}px`;
    frame.style.height = `${height ?? 400}px`;
    box.append(header, frame);
    const container = modal ? el('div', { className: 'dialog-backdrop' }) : box;
    if (modal) container.append(box);
    close.addEventListener('click', () => container.remove());
    this.ui.dialogs.append(container);
  }

  private showAlert(title: string, message: string, isError: boolean): void {
    const backdrop = el('div', { className: 'dialog-backdrop' });
    const box = el('div', { className: isError ? 'alert error' : 'alert' });
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-modal', 'true');
    box.setAttribute('aria-label', title || this.words.alert);
    const ok = el('button', { type: 'button', className: 'ok' }, 'OK');
    ok.addEventListener('click', () => backdrop.remove());
    box.append(el('h2', {}, title), el('p', {}, message), ok);
    backdrop.append(box);
    this.ui.dialogs.append(backdrop);
    ok.focus();
  }

  private toast(title: string, message: string): void {
    const toast = this.ui.toast;
    const close = el('button', { type: 'button', className: 'toast-close', title: this.words.dismiss }, '×');
    close.setAttribute('aria-label', this.words.dismiss);
    close.addEventListener('click', () => (toast.hidden = true));
    toast.replaceChildren(close, el('strong', {}, title), el('span', {}, message));
    toast.hidden = false;
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => (toast.hidden = true), TOAST_MS);
  }
}
