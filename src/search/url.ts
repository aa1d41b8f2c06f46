/**
 * The search state lives in the URL (?q=&plan=&road=&type=), so a search can be shared, bookmarked
 * and replayed with back and forward. Pure: URLSearchParams in, state out, and back.
 */
export interface SearchState {
  query: string;
  road: string;
  type: string;
  /** The plan filter, by the plan's slug; empty for all plans. */
  plan: string;
}

/** Longest query we run: anything longer is a paste accident, not a search. */
export const MAX_QUERY_LENGTH = 200;

export function readSearchState(params: URLSearchParams): SearchState {
  return {
    query: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    road: params.get('road') ?? '',
    type: params.get('type') ?? '',
    plan: params.get('plan') ?? '',
  };
}

export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  if (state.plan) params.set('plan', state.plan);
  if (state.road) params.set('road', state.road);
  if (state.type) params.set('type', state.type);
  const text = params.toString();
  return text ? `?${text}` : '';
}
