import type { PageState } from '../../messaging/protocol';
import { formatDate, isoDate } from '../dates';
import { dirOf, t, type UiLang } from '../i18n';

/** The article's title, site, date and language, in the article's own language and direction. */
export function ArticleHead({ lang, state }: { lang: UiLang; state: PageState }) {
  const article = state.annotations;
  return (
    <header class="article-head" lang={article.lang} dir={dirOf(article.lang)}>
      <h2 class="article-title">{article.title}</h2>
      <p class="meta">
        {state.site && <bdi class="site">{state.site}</bdi>}
        {state.published && (
          <time dateTime={isoDate(state.published)} lang={lang}>
            {formatDate(state.published, lang)}
          </time>
        )}
        <span class="lang" lang={lang}>
          {t(lang, `lang_${article.lang}`)}
        </span>
      </p>
    </header>
  );
}
