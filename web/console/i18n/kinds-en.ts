/** English for the statistical kinds in the region data (Chinese shows the data as it is). */
export const KINDS_EN: Record<string, string> = {
  地级市: 'Prefecture-level city',
  市辖区: 'City district',
  县级市: 'County-level city',
  县: 'County',
  街道: 'Subdistrict',
  镇: 'Town',
  乡: 'Township',
  类似乡级单位: 'Township-level unit',
  居委会: 'Residents\' committee',
  村委会: 'Villagers\' committee',
  网格: 'Grid',
};
