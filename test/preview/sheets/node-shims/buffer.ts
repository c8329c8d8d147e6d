/**
 * The one `Buffer` function the Apps Script double uses (PropertiesService's size limit is
 * in UTF-8 bytes), for the browser; webpack provides it to the double's files only.
 */
export const Buffer = {
  byteLength(text: string, _encoding?: string): number {
    return new TextEncoder().encode(String(text)).length;
  },
};
