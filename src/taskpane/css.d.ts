/** Stylesheets are bundled as text (webpack asset/source) and added in one <style> element. */
declare module '*.css' {
  const text: string;
  export default text;
}
