import { Controller, Get } from '@nestjs/common';
import { Public } from '../auth/public.decorator';

export interface HealthStatus {
  status: 'ok';
}

/** `GET /api/health`: answers without a token, for load balancers and start scripts. */
@Public()
@Controller('health')
export class HealthController {
  @Get()
  check(): HealthStatus {
    return { status: 'ok' };
  }
}
