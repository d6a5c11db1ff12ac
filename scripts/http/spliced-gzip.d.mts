export interface SplicedGzip {
  parts: { bytes: Buffer; deflated: Buffer }[];
  valueBytes: number;
  usable: boolean;
}
export declare function prepareSplicedGzip(text: string, token: string): SplicedGzip;
export declare function splicedGzip(prepared: SplicedGzip, value: string): Buffer | null;
