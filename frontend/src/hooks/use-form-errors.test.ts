import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { formErrorsFrom, useFormErrors } from './use-form-errors';

function problem(status: number, detail: string, errors?: { field: string; message: string }[]) {
  return new ApiError(status, { title: 'Error', status, detail, errors });
}

describe('formErrorsFrom', () => {
  it('puts the messages of a 400 beside the fields it names', () => {
    const error = problem(400, 'Invalid input', [
      { field: 'name', message: 'must not be blank' },
      { field: 'kind', message: 'must not be null' },
    ]);
    expect(formErrorsFrom(error)).toEqual({
      errors: { name: 'must not be blank', kind: 'must not be null' },
    });
  });

  it('gives the detail of a 400 that names no field as the message', () => {
    expect(formErrorsFrom(problem(400, 'Malformed JSON'))).toEqual({
      errors: {},
      message: 'Malformed JSON',
    });
  });

  it('gives the detail of any other refusal as the message, even when it names fields', () => {
    const error = problem(409, 'This is the last enabled admin', [{ field: 'role', message: 'x' }]);
    expect(formErrorsFrom(error)).toEqual({
      errors: {},
      message: 'This is the last enabled admin',
    });
  });

  it('gives the message of an error that is not the API’s', () => {
    expect(formErrorsFrom(new TypeError('Failed to fetch'))).toEqual({
      errors: {},
      message: 'Failed to fetch',
    });
  });

  it('names the fields as the form does, and falls back to the message when none is left', () => {
    const error = problem(400, 'Invalid input', [{ field: 'note', message: 'is too long' }]);
    expect(formErrorsFrom(error, (e) => ({ 'note-7': e.note }))).toEqual({
      errors: { 'note-7': 'is too long' },
    });
    expect(formErrorsFrom(error, () => ({}))).toEqual({ errors: {}, message: 'Invalid input' });
  });
});

describe('useFormErrors', () => {
  it('shows the form’s own checks, and says whether it may be sent', () => {
    const { result } = renderHook(() => useFormErrors());
    let mayBeSent = true;
    act(() => {
      mayBeSent = result.current.check({ name: 'Enter a name' });
    });
    expect(mayBeSent).toBe(false);
    expect(result.current.errors).toEqual({ name: 'Enter a name' });

    act(() => {
      mayBeSent = result.current.check({});
    });
    expect(mayBeSent).toBe(true);
    expect(result.current.errors).toEqual({});
  });

  it('replaces what was shown with each call', () => {
    const { result } = renderHook(() => useFormErrors());
    act(() => result.current.showError(new Error('Service unavailable')));
    expect(result.current).toMatchObject({ errors: {}, message: 'Service unavailable' });

    act(() =>
      result.current.showError(problem(400, 'Invalid', [{ field: 'to', message: 'too early' }])),
    );
    expect(result.current.errors).toEqual({ to: 'too early' });
    expect(result.current.message).toBeUndefined();

    act(() => result.current.showMessage('You have not changed anything.'));
    expect(result.current).toMatchObject({
      errors: {},
      message: 'You have not changed anything.',
    });

    act(() => {
      result.current.check({});
    });
    expect(result.current.message).toBeUndefined();

    act(() => result.current.showMessage('Again'));
    act(() => result.current.clear());
    expect(result.current).toMatchObject({ errors: {}, message: undefined });
  });
});
