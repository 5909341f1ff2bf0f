import { expect } from '@open-wc/testing';
import { fromDpgRecord } from '../../src/data/dpg.js';
import { adaptComponent, normaliseComponent, readComponent } from '../../src/data/component.js';

describe('Digital Public Goods record', () => {
  it('reads the registry record of Consul', async () => {
    const text = await (await fetch('/tests/fixtures/dpg-consul.json')).text();
    const model = await readComponent(text, { contentType: 'application/json' });
    expect(model.name).to.equal('Consul');
    expect(model.description.en).to.match(/^Citizen participation and open government/);
    expect(model.license).to.equal('AGPL-3.0');
    expect(model.licenseUrl).to.equal('https://github.com/consul/consul/blob/master/LICENSE-AGPLv3.txt');
    expect(model.organisation).to.deep.equal({ en: 'Consul' });
    expect(model.organisationUrl).to.equal('https://consulproject.org/');
    expect(model.sdgs).to.deep.equal([11, 16]);
    expect(model.dpgStage).to.equal('dpg');
    expect(model.links).to.deep.equal({
      code: 'https://github.com/consul/consul',
      website: 'https://consulproject.org',
      docs: undefined,
      demo: undefined,
    });
    expect(model.criteria).to.deep.equal({ openSource: true });
    // Names the registry spells its own way stay as written.
    expect(model.countries).to.deep.equal(['AR', 'BG', 'CL', 'CO', 'Cabo Verde', 'CR', 'Palestine State', 'GB', 'US', 'UY']);
  });

  it('reads the registry API variants of licences, repositories and goals', async () => {
    const record = {
      name: 'Decidim',
      openlicenses: [{ openLicense: 'AGPL-3.0' }],
      repositories: [{ name: 'Main', url: 'https://github.com/decidim/decidim' }],
      sdgs: { sdg: ['16. Peace, Justice and Strong Institutions'] },
      stage: 'nominee',
      organizations: [
        { name: 'Partner', org_type: 'funder' },
        { name: 'Decidim Association', org_type: 'owner' },
      ],
    };
    expect((await adaptComponent(record)).dpgStage).to.equal('nominee');
    const model = normaliseComponent(fromDpgRecord(record));
    expect(model.license).to.equal('AGPL-3.0');
    expect(model.links.code).to.equal('https://github.com/decidim/decidim');
    expect(model.sdgs).to.deep.equal([16]);
    expect(model.dpgStage).to.equal('nominee');
    expect(model.organisation).to.deep.equal({ en: 'Decidim Association' });
  });

  it('leaves out what a record does not have', () => {
    const model = normaliseComponent(fromDpgRecord({ name: 'Bare', stage: 'unknown', SDGs: 'x' }));
    expect(model).to.include({ name: 'Bare', dpgStage: undefined, license: undefined, criteria: undefined });
    expect(model.sdgs).to.deep.equal([]);
    expect(model.countries).to.deep.equal([]);
  });
});
