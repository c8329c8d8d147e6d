/**
 * The Sheets preview's language: `?lang=ru` opens it as a Russian user of a spreadsheet whose
 * locale is ru_RU (Session.getActiveUserLocale() "ru", getSpreadsheetLocale() "ru_RU"), so the
 * add-on follows its own rule and speaks Russian; anything else is English. The window around
 * the add-on (the menu bar, close buttons, alerts) is Google Sheets' own chrome, and Sheets shows
 * it in the user's language, so it is worded here in both.
 */
export type PageLanguage = 'en' | 'ru';

export function pageLanguage(search: string = window.location.search): PageLanguage {
  return new URLSearchParams(search).get('lang') === 'ru' ? 'ru' : 'en';
}

/** The double's locales for a language: the spreadsheet's and the user's. */
export function localesFor(lang: PageLanguage): { locale: string; userLocale: string } {
  return lang === 'ru' ? { locale: 'ru_RU', userLocale: 'ru' } : { locale: 'en_GB', userLocale: 'en' };
}

export interface ChromeWords {
  menus: string[];
  extensions: string;
  help: string;
  notInPreview: string;
  close: string;
  /** A close button's accessible name: "Close Aligned: validate". */
  closeNamed: (what: string) => string;
  dismiss: string;
  sidebar: string;
  openSidebars: string;
  alert: string;
  scriptError: string;
  about: string;
  title: string;
  switchTo: string;
}

export const CHROME: Readonly<Record<PageLanguage, ChromeWords>> = {
  en: {
    menus: ['File', 'Edit', 'View', 'Insert', 'Format', 'Data', 'Tools'],
    extensions: 'Extensions',
    help: 'Help',
    notInPreview: 'Not part of the preview',
    close: 'Close',
    closeNamed: (what) => `Close ${what}`,
    dismiss: 'Dismiss',
    sidebar: 'Sidebar',
    openSidebars: 'Open sidebars',
    alert: 'Alert',
    scriptError: 'Script error',
    about: 'Aligned for Google Sheets, preview: the built add-on (sheets-addon/dist/Code.js) running against an in-browser Apps Script double.',
    title: 'ABC OKRs · Aligned for Google Sheets (preview)',
    switchTo: 'Language',
  },
  ru: {
    menus: ['Файл', 'Правка', 'Вид', 'Вставка', 'Формат', 'Данные', 'Инструменты'],
    extensions: 'Расширения',
    help: 'Справка',
    notInPreview: 'В предпросмотре недоступно',
    close: 'Закрыть',
    closeNamed: (what) => `Закрыть «${what}»`,
    dismiss: 'Скрыть',
    sidebar: 'Боковая панель',
    openSidebars: 'Открытые панели',
    alert: 'Сообщение',
    scriptError: 'Ошибка скрипта',
    about: 'Aligned для Google Таблиц, предпросмотр: собранное дополнение (sheets-addon/dist/Code.js) на двойнике Apps Script в браузере.',
    title: 'OKR компании ABC · Aligned для Google Таблиц (предпросмотр)',
    switchTo: 'Язык',
  },
};
