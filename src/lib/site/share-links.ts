/** Share links for an article page. */

export interface ShareLink {
  label: string;
  href: string;
}

/** Plain share URLs: no third-party script or request until a reader follows one. */
export function shareLinks(url: string, title: string, emailLabel = 'Email'): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { label: emailLabel, href: `mailto:?subject=${t}&body=${u}` },
    // The networks read the title from the page's Open Graph tags; only email needs it here.
    { label: 'X', href: `https://x.com/intent/post?url=${u}` },
    { label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { label: 'Weibo', href: `https://service.weibo.com/share/share.php?url=${u}` },
  ];
}
