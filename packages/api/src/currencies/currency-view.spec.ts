import { readAmountThresholds } from '../config/amount-thresholds';
import { currencyViews } from './currency-view';

describe('currencyViews', () => {
  it('lists every currency with its minor digits and its threshold written with those digits', () => {
    const thresholds = readAmountThresholds('USD:50,JPY:7500,KWD:12.5');
    if (!thresholds.ok) {
      throw new Error(thresholds.problems.join('; '));
    }

    expect(currencyViews(thresholds.value)).toEqual([
      { code: 'CHF', minorDigits: 2, stepUpThreshold: '800.00' },
      { code: 'EUR', minorDigits: 2, stepUpThreshold: '850.00' },
      { code: 'GBP', minorDigits: 2, stepUpThreshold: '750.00' },
      { code: 'JPY', minorDigits: 0, stepUpThreshold: '7500' },
      { code: 'KWD', minorDigits: 3, stepUpThreshold: '12.500' },
      { code: 'SEK', minorDigits: 2, stepUpThreshold: '9500.00' },
      { code: 'USD', minorDigits: 2, stepUpThreshold: '50.00' },
    ]);
  });
});
