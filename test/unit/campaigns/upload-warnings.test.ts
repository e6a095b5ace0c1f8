import { describe, expect, it } from 'vitest';
import { uploadWarnings } from '../../../src/main/campaigns/audience-export.ts';

describe('upload size warnings', () => {
  it('warns when a Klaviyo file is over its 50 MB upload cap, and only then', () => {
    expect(uploadWarnings('klaviyo', 50 * 2 ** 20)).toEqual([]);
    expect(uploadWarnings('klaviyo', 50 * 2 ** 20 + 1)).toEqual([
      {
        key: 'warnings.tooLarge',
        params: { megabytes: 50 },
        text: 'The file is larger than the 50 MB this tool accepts in one upload: split it, or export a smaller audience.',
      },
    ]);
    expect(uploadWarnings('csv', 500 * 2 ** 20)).toEqual([]);
  });
});
