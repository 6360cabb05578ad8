import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { nameOf, type K8sObject } from './objects.js';
import type { Problem } from './problems.js';

// The kinds the manifests may hold, each with its model (the Kubernetes OpenAPI schema compiled to a
// validator). A kind outside this list is a problem too: it would go unchecked.
const models: Record<string, new (data: never) => { validate(): void }> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
};

/** Every object against its Kubernetes schema; each problem names the object and the field. */
export function schemaProblems(objects: K8sObject[]): Problem[] {
  return objects.flatMap((object) => {
    const Model = models[`${object.apiVersion}/${object.kind}`];
    if (!Model)
      return [{ object: nameOf(object), message: `${object.apiVersion} ${object.kind} is not a kind the test knows` }];
    try {
      new Model(object as never).validate();
      return [];
    } catch (error) {
      return [{ object: nameOf(object), message: `does not match the Kubernetes schema: ${(error as Error).message}` }];
    }
  });
}
