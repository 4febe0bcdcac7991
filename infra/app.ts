import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { settingsFromContext } from './deployment-settings.js';
import { ComplaintsStack } from './stacks/complaints-stack.js';

/** The CDK app: environment-agnostic (account and region come from the CLI's credentials at deploy). */
export function buildApp(app = new App()): { app: App; stack: ComplaintsStack } {
  const settings = settingsFromContext(app.node);
  const stack = new ComplaintsStack(app, `HousingComplaints-${settings.stage}`, settings, {
    description: `Housing complaints backend (${settings.stage})`,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, stack };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  buildApp().app.synth();
}
