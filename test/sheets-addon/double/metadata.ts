/** Developer metadata: key/value pairs a script attaches to a sheet or spreadsheet, invisible to users. */
import { counted } from './ledger';
import type { SheetDouble, SpreadsheetDouble, World } from './spreadsheet';

export class DeveloperMetadataDouble {
  _removed = false;
  constructor(
    readonly _id: number,
    readonly _spreadsheet: SpreadsheetDouble,
    readonly _sheet: SheetDouble | null,
    readonly _key: string,
    public _value: string | null,
    readonly _visibility: string,
  ) {}

  static create(
    world: World,
    spreadsheet: SpreadsheetDouble,
    sheet: SheetDouble | null,
    key: string,
    value?: unknown,
    visibility?: unknown,
  ): DeveloperMetadataDouble {
    if (typeof key !== 'string' || key === '') throw new Error('Developer metadata key must be a non-empty string.');
    if (key.length > 256) throw new Error('Developer metadata key is longer than 256 characters.');
    const text = value === undefined || value === null ? null : String(value);
    return counted(
      new DeveloperMetadataDouble(world.nextId(), spreadsheet, sheet, key, text, String(visibility ?? 'DOCUMENT')),
      'DeveloperMetadata',
      world.ledger,
    );
  }

  getId(): number {
    return this._id;
  }
  getKey(): string {
    return this._key;
  }
  getValue(): string | null {
    return this._value;
  }
  setValue(value: string): DeveloperMetadataDouble {
    this._value = value;
    return this;
  }
  getVisibility(): string {
    return this._visibility;
  }
  getLocation(): { getLocationType(): string; getSheet(): SheetDouble | null; getSpreadsheet(): SpreadsheetDouble | null } {
    const sheet = this._sheet;
    const spreadsheet = this._spreadsheet;
    return {
      getLocationType: () => (sheet ? 'SHEET' : 'SPREADSHEET'),
      getSheet: () => sheet,
      getSpreadsheet: () => (sheet ? null : spreadsheet),
    };
  }
  remove(): void {
    this._removed = true;
    this._spreadsheet._metadata = this._spreadsheet._metadata.filter((m) => m !== this);
  }
}

export class DeveloperMetadataFinderDouble {
  _key: string | null = null;
  _value: string | null = null;
  _locationType: string | null = null;
  constructor(readonly _source: () => DeveloperMetadataDouble[]) {}

  static create(world: World, source: () => DeveloperMetadataDouble[]): DeveloperMetadataFinderDouble {
    return counted(new DeveloperMetadataFinderDouble(source), 'DeveloperMetadataFinder', world.ledger);
  }

  withKey(key: string): DeveloperMetadataFinderDouble {
    this._key = key;
    return this;
  }
  withValue(value: string): DeveloperMetadataFinderDouble {
    this._value = value;
    return this;
  }
  withLocationType(type: unknown): DeveloperMetadataFinderDouble {
    this._locationType = String(type);
    return this;
  }
  find(): DeveloperMetadataDouble[] {
    return this._source().filter(
      (m) =>
        (this._key === null || m._key === this._key) &&
        (this._value === null || m._value === this._value) &&
        (this._locationType === null || (m._sheet ? 'SHEET' : 'SPREADSHEET') === this._locationType),
    );
  }
}
