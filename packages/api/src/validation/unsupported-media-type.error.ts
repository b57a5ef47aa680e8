import { ApiError } from '../errors/api-error';

/** 415 `unsupported_media_type`: the request has a body that is not `application/json`. */
export class UnsupportedMediaTypeError extends ApiError {
  override readonly name = 'UnsupportedMediaTypeError';
  readonly code = 'unsupported_media_type';
  readonly status = 415;

  constructor() {
    super('The request body must be JSON, sent with Content-Type: application/json');
  }
}
