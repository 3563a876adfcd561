import { IsoDateSchema } from '@pcmbn/domain';

export { AreaCodeSchema, ProvinceCodeSchema } from '@pcmbn/domain';
export const AsOfSchema = IsoDateSchema.optional();
