/**
 * The seed uses ASCII punctuation inside Chinese text (“6日上午,济宁”), an artefact of how it was
 * typed. For display, ASCII , ; : ! ? and ( ) that touch a Chinese character become their
 * full-width forms. Nothing else changes; the content files keep the original characters.
 */
const CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef“”‘’◎';
const MARKS: Record<string, string> = { ',': '\uff0c', ';': '\uff1b', ':': '\uff1a', '!': '\uff01', '?': '\uff1f' };

const MARK_NEXT_TO_CJK = new RegExp(`(?<=[${CJK}])[,;:!?]|[,;:!?](?=[${CJK}])`, 'gu');
const PARENS_NEXT_TO_CJK = new RegExp(`(?<=[${CJK}])\\(([^()]*)\\)|\\(([^()]*)\\)(?=[${CJK}])`, 'gu');

export function toFullWidthPunctuation(text: string): string {
  return text
    .replace(PARENS_NEXT_TO_CJK, (_match, before: string | undefined, after: string | undefined) => `\uff08${before ?? after}\uff09`)
    .replace(MARK_NEXT_TO_CJK, (mark) => MARKS[mark]);
}
