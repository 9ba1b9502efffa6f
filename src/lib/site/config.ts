/** Site-wide settings that are not build configuration. */
export const SITE = {
  name: 'Second Act',
  tagline: 'Sourced stories of failure, comeback and Xiaomi’s rise',
  description:
    'Original, sourced articles on Lei Jun, the rise of Xiaomi and the lessons of second chances.',
  lang: 'en',
} as const;
