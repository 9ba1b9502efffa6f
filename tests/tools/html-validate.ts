import { HtmlValidate } from 'html-validate';

/** The HTML validator and its rules, for the built site (tests/build) and generated sites (tests/e2e). */
export const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes boolean attributes as attr="" and void elements as <br>; both are valid HTML.
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    // Headline-length titles are an editorial choice; this is an SEO hint, not validity.
    'long-title': 'off',
    // Heading ids come from heading text ("6 April 2010…"); HTML5 allows ids to start with a digit.
    'valid-id': ['error', { relaxed: true }],
  },
  elements: ['html5'],
});
