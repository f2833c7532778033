import { useEffect, useState } from 'react';

/** What src/web/catalogue.ts gives: the built-in rubrics, the ranking rules, the rubric file reader. */
export type Catalogue = typeof import('./catalogue');

let loading: Promise<Catalogue> | undefined;
/** The catalogue, loaded once (a chunk of its own). */
export function loadCatalogue(): Promise<Catalogue> {
  loading ??= import(/* webpackChunkName: "rubrics" */ './catalogue');
  return loading;
}

/** The catalogue once loaded (undefined until then); the page draws without waiting for it. */
export function useCatalogue(): Catalogue | undefined {
  const [c, setC] = useState<Catalogue | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadCatalogue().then((x) => live && setC(x));
    return () => {
      live = false;
    };
  }, []);
  return c;
}
