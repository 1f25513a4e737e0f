import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Sparkline, sparklinePoints } from './sparkline';

describe('sparklinePoints', () => {
  it('spreads the figures across the width, the highest at the top', () => {
    expect(sparklinePoints([10, 20, 15], 106, 26)).toBe('3,23 53,3 103,13');
  });

  it('joins the line across a month without a figure', () => {
    expect(sparklinePoints([10, null, 20], 106, 26)).toBe('3,23 103,3');
  });

  it('draws figures that never change across the middle', () => {
    expect(sparklinePoints([5, 5], 100, 28)).toBe('3,14 97,14');
  });

  it('draws no line for fewer than two figures', () => {
    expect(sparklinePoints([null, 7, null], 96, 28)).toBeNull();
    expect(sparklinePoints([], 96, 28)).toBeNull();
  });
});

describe('Sparkline', () => {
  it('is hidden from assistive technology and keeps its size without a line', () => {
    const { container } = render(<Sparkline values={[null, 4]} width={80} height={20} />);
    const box = container.querySelector('.app-sparkline');
    expect(box).toHaveAttribute('aria-hidden', 'true');
    expect(box).toHaveStyle({ width: '80px', height: '20px' });
    expect(box?.querySelector('svg')).toBeNull();
  });

  it('draws a line of two figures or more', () => {
    const { container } = render(<Sparkline values={[1, 2, 3]} />);
    expect(container.querySelector('polyline')).toHaveAttribute('points', '3,25 48,14 93,3');
  });
});
