import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ShortText } from './short-text';

describe('ShortText', () => {
  it('cuts a long text on screen but keeps it whole for print', () => {
    const text =
      'All Gateway and MASH staff receive clear direction that work in MASH is undertaken with parental consent or under section 47.';
    const { container } = render(<ShortText text={text} max={40} />);
    expect(container.querySelector('.app-short-text__screen')?.textContent).toMatch(/…$/);
    expect(container.querySelector('.app-short-text__print')?.textContent).toBe(text);
  });

  it('prints a short text once, as it is', () => {
    const { container } = render(<ShortText text="Daily triage" max={40} />);
    expect(container.textContent).toBe('Daily triage');
    expect(container.querySelector('.app-short-text__print')).toBeNull();
  });
});
