// The one door to the scoring core: every number the add-on writes comes through here.
export * from '@aligned/core';
