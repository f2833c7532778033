import { catalogues, message } from '../../src/core/messages';

test('every message code has both a Chinese and an English text', () => {
  expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues.zh).sort());
});

test('a saved result where the rubric gives nothing yet says so, not "should be （…）"', () => {
  const zh = message('zh', 'result-differs', { where: '', cell: 'J52', got: '98.3', expected: '' });
  expect(zh).toContain('按细则应为 空（有录入项未填');
  expect(message('en', 'result-differs', { where: '', cell: 'J52', got: '98.3', expected: '' })).toContain(
    'gives nothing yet',
  );
});
