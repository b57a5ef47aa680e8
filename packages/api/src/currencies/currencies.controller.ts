import { Controller, Get, Header, Inject } from '@nestjs/common';
import { Public } from '../auth/public.decorator';
import { stepUpConfig, type StepUpConfig } from '../config/api-config.module';
import { currencyViews, type CurrencyView } from './currency-view';

/**
 * `GET /api/currencies`: the currencies a transaction may use, each with its minor digits and the amount
 * above which it needs step-up. Public: these are the API's published rules, not anyone's data; the SPA
 * builds its form from them instead of keeping a copy.
 */
@Public()
@Controller('currencies')
export class CurrenciesController {
  constructor(@Inject(stepUpConfig.KEY) private readonly stepUpSettings: StepUpConfig) {}

  @Get()
  @Header('Cache-Control', 'no-cache')
  list(): CurrencyView[] {
    return currencyViews(this.stepUpSettings.amountThresholds);
  }
}
