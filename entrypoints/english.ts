/**
 * compromise and the English recogniser as a file of their own (about 140 kB gzipped). The background runs it in a
 * tab only for an English article, in the content script's isolated world, so Arabic pages never load it and no page
 * can reach it. It hands its recogniser over through that world's global.
 */
import nlp from 'compromise';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { Recognizer } from '../src/core/entities/context';
import { englishRecognizer } from '../src/core/entities/english';

export default defineUnlistedScript(() => {
  (globalThis as { hamishEnglish?: Recognizer }).hamishEnglish = englishRecognizer(nlp);
});
