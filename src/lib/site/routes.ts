/** Every route's URL in one place, so links and pages cannot drift apart. */
export const articleUrl = (slug: string) => `/articles/${slug}/`;
export const seriesUrl = (id: string) => `/series/${id}/`;
export const topicUrl = (id: string) => `/topics/${id}/`;
export const authorUrl = (id: string) => `/authors/${id}/`;
