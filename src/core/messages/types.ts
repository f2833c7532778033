/** Parameters a message may quote. */
export type Params = Readonly<Record<string, string | number>>;

/** A message catalogue: one function per code. Chinese is the default; English mirrors it. */
export type Catalogue = Readonly<Record<string, (p: Params) => string>>;

export type Lang = 'zh' | 'en';
