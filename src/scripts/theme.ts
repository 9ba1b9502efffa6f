/**
 * Runs in <head> before the first paint, so a page is drawn in the chosen theme from the first
 * frame; it also drives the theme buttons and the "Copy link" share link through one delegated
 * click listener (the link says, from its data-copy attribute, that it copied). Written small by hand: it is inlined into every page as it stands, and its
 * SHA-256 goes into the Content-Security-Policy (astro.config.mjs), so it needs no 'unsafe-inline'.
 */
export const THEME_SCRIPT = `(()=>{const r=document.documentElement,K="theme";let t=null;try{t=localStorage.getItem(K)}catch{}
const a=c=>{c==="light"||c==="dark"?r.dataset.theme=c:delete r.dataset.theme;r.dataset.themeChoice=c||"system";
document.querySelectorAll("[data-theme-set]").forEach(b=>b.setAttribute("aria-pressed",b.dataset.themeSet===r.dataset.themeChoice))};
a(t);document.addEventListener("DOMContentLoaded",()=>a(t));
document.addEventListener("click",e=>{const b=e.target.closest?.("[data-theme-set]");if(b){t=b.dataset.themeSet;
try{t==="system"?localStorage.removeItem(K):localStorage.setItem(K,t)}catch{}a(t)}
const c=e.target.closest?.("[data-copy]");if(c&&navigator.clipboard){e.preventDefault();
navigator.clipboard.writeText(c.href).then(()=>c.textContent=c.dataset.copy)}})})();`;
