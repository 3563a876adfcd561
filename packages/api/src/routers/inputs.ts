import { IsoDateSchema } from '@pcmbn/domain';
import { z } from 'zod';

/** Input pieces shared by routers; messages are Vietnamese (English comes from the errorFormatter). */
export const ProvinceCodeSchema = z.string().regex(/^\d{2}$/, { error: 'Mã tỉnh là 2 chữ số' });
export const AreaCodeSchema = z.string().regex(/^\d{2,5}$/, { error: 'Mã địa bàn là 2–5 chữ số' });
export const AsOfSchema = IsoDateSchema.optional();
