/**
 * ScriptApp.newTrigger(fn).forSpreadsheet(spreadsheet).onChange() / onEdit() / onOpen(): the
 * installable spreadsheet triggers, held to the add-on rule of one trigger of each type per
 * user and document like the clock triggers.
 */
import type { ScriptAppDouble, TriggerDouble, TriggerRecord } from './services';

export class SpreadsheetTriggerBuilderDouble {
  _eventType: TriggerRecord['eventType'] | null = null;
  constructor(
    readonly _app: ScriptAppDouble,
    readonly _handler: string,
    readonly _spreadsheetId: string,
  ) {}

  onChange(): SpreadsheetTriggerBuilderDouble {
    this._eventType = 'ON_CHANGE';
    return this;
  }
  onEdit(): SpreadsheetTriggerBuilderDouble {
    this._eventType = 'ON_EDIT';
    return this;
  }
  onOpen(): SpreadsheetTriggerBuilderDouble {
    this._eventType = 'ON_OPEN';
    return this;
  }
  create(): TriggerDouble {
    if (this._eventType === null) throw new Error('The trigger needs an event (onChange, onEdit, onOpen).');
    return this._app._add({ handler: this._handler, eventType: this._eventType, source: 'SPREADSHEETS', everyHours: null });
  }
}
