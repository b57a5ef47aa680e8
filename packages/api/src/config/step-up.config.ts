import { registerAs, type ConfigType } from '@nestjs/config';
import { readApiSettings, type StepUpSettings } from './environment';

/** The `stepUp` configuration namespace: the amount above which a transaction needs step-up, and its max_age. */
export const stepUpConfig = registerAs('stepUp', (): StepUpSettings => readApiSettings(process.env).stepUp);

export type StepUpConfig = ConfigType<typeof stepUpConfig>;
