import type { PageState } from '../../messaging/protocol';
import { dirOf, t, type UiLang } from '../i18n';

/** The article's title, site, date and language, in the article's own language and direction. */
export function ArticleHead({ lang, state }: { lang: UiLang; state: PageState }) {
  const article = state.annotations;
  return (
    <header class="article-head" lang={article.lang} dir={dirOf(article.lang)}>
      <h2 class="article-title">{article.title}</h2>
      <p class="meta">
        {state.site && <span class="site">{state.site}</span>}
        {state.published && <time dateTime={state.published}>{state.published.slice(0, 10)}</time>}
        <span class="lang">{t(lang, `lang_${article.lang}`)}</span>
      </p>
    </header>
  );
}
