/** Deed URLs of the licences we publish under or credit, so a licence name alone can be linked. */
const DEEDS: Record<string, string> = {
  'CC BY 4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC BY-SA 4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC BY 2.5': 'https://creativecommons.org/licenses/by/2.5/',
  'CC BY-SA 2.5': 'https://creativecommons.org/licenses/by-sa/2.5/',
  'CC BY 3.0': 'https://creativecommons.org/licenses/by/3.0/',
  'CC BY-SA 3.0': 'https://creativecommons.org/licenses/by-sa/3.0/',
  CC0: 'https://creativecommons.org/publicdomain/zero/1.0/',
};

export function licenseUrl(license: string, explicit?: string): string | undefined {
  return explicit ?? DEEDS[license.trim()];
}
