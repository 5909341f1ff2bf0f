import { expect } from '@open-wc/testing';
import { readComponent } from '../../src/data/component.js';
import { DataReadError } from '../../src/data/errors.js';

const yamlHint = { contentType: 'application/yaml' };

const fixture = async (name: string) => (await fetch(`/tests/fixtures/${name}`)).text();

describe('publiccode.yml', () => {
  it('reads a 0.2 file (WebMappVenezia, Italian only)', async () => {
    const model = await readComponent(await fixture('publiccode-WebMappVenezia.yml'), yamlHint);
    expect(model.name).to.equal('WebMapp');
    expect(model.status).to.equal('stable');
    expect(model.license).to.equal('GPL-3.0-or-later');
    expect(model.organisation).to.deep.equal({ und: 'Città metropolitana di Venezia' });
    expect(model.tagline.it).to.equal(
      'Applicazione per dispositivi mobili per la rappresentazione delle\ninformazioni geolocalizzate del territorio',
    );
    expect(model.description.it).to.match(/^WebMapp è stata sviluppata/);
    expect(model.platforms).to.deep.equal(['ios', 'android']);
    expect(model.tags).to.deep.equal(['geographic-information-systems']);
    expect(model.countries).to.deep.equal(['IT']);
    expect(model.languages).to.deep.equal(['it', 'en']);
    expect(model.links.code).to.equal('https://github.com/CittaMetropolitanaVenezia/WebMappVenezia');
    expect(model.landingUrl).to.equal(undefined);
  });

  it('reads a later file (MUCGPT: German and English, landing page, users)', async () => {
    const model = await readComponent(await fixture('publiccode-mucgpt.yml'), yamlHint);
    expect(model.name).to.equal('MUCGPT');
    expect(model.organisation).to.deep.equal({ und: 'Landeshauptstadt München' });
    expect(model.license).to.equal('MIT');
    expect(Object.keys(model.tagline)).to.deep.equal(['de', 'en']);
    expect(model.tagline.en).to.equal('MUCGPT is an AI toolkit centered on reusable, shareable assistants with extensible tools.');
    // Markdown heading marks are dropped, the words kept.
    expect(model.description.en).to.match(/^MUCGPT 2\.0 - Assistants first\n/);
    expect(model.usedBy).to.deep.equal([{ name: 'Landeshauptstadt Stuttgart (BW): Fork unter dem Namen "ChatSTR"' }]);
    expect(model.countries).to.deep.equal(['DE']);
    expect(model.languages).to.deep.equal(['de', 'fr', 'en', 'uk']);
    expect(model.links.website).to.equal('https://it-at-m.github.io/mucgpt/');
    expect(model.landingUrl).to.equal('https://it-at-m.github.io/mucgpt/');
  });

  it('reports malformed YAML and YAML that is not a mapping as parse errors', async () => {
    for (const bad of ['name: [unclosed', '- just\n- a list', '42']) {
      const error = await readComponent(bad, yamlHint).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(DataReadError);
      expect((error as DataReadError).subject).to.equal('publiccode.yml');
    }
  });

  it('is chosen by file name, content type or format; JSON otherwise', async () => {
    const yaml = 'name: Decidim\ndevelopmentStatus: stable\n';
    for (const hint of [
      { contentType: 'text/plain', url: '/x/publiccode.yml' },
      { contentType: 'application/yaml' },
      { contentType: '', format: 'yaml' },
    ]) {
      expect((await readComponent(yaml, hint)).name).to.equal('Decidim');
    }
    expect((await readComponent('{"name":"Named in JSON"}', { contentType: 'text/yaml', url: '/x.yml', format: 'json' })).name).to.equal(
      'Named in JSON',
    );
    const error = await readComponent(yaml, { contentType: 'application/json' }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(DataReadError);
    expect(
      (await readComponent('{"publiccodeYmlVersion":"0.4","name":"X","legal":{"license":"EUPL-1.2"}}', { contentType: 'application/json' }))
        .license,
    ).to.equal('EUPL-1.2');
  });
});
