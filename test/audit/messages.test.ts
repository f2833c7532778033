import { catalogues } from '../../src/core/messages';

test('every message code has both a Chinese and an English text', () => {
  expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues.zh).sort());
});
