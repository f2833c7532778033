/** opencc-js's traditional → simplified build (the package's own types sit behind `exports`). */
declare module 'opencc-js/t2cn' {
  export function Converter(options: { from: 't' | 'tw' | 'twp' | 'hk'; to: 'cn' }): (text: string) => string;
}
