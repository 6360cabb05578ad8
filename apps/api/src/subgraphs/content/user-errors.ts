export type ContentErrorCode = 'INVALID' | 'TAKEN' | 'NOT_FOUND' | 'TOO_LONG' | 'IN_THE_PAST';

export interface ContentUserError {
  field: string[] | null;
  message: string;
  code: ContentErrorCode;
}

export function userError(
  code: ContentErrorCode,
  message: string,
  field: ReadonlyArray<string | number> | null,
): ContentUserError {
  return { code, message, field: field ? field.map(String) : null };
}

export const pageNotFound = (field: string = 'id') =>
  userError('NOT_FOUND', 'No page with this id was found.', [field]);

/** Thrown inside a content transaction to roll it back and answer with user errors. */
export class Refusal extends Error {
  constructor(readonly errors: ContentUserError[]) {
    super('content change refused');
  }
}
